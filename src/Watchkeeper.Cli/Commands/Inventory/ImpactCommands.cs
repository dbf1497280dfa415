using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class ImpactCommands
{
    private static readonly Table<ImpactedItemDto> Affected = new(
        ("Id", a => Format.Number(a.Item.Id)), ("Name", a => a.Item.Name), ("Kind", a => a.Item.Kind.ToString()),
        ("Criticality", a => a.Criticality?.ToString()), ("State", a => a.State.ToString()));

    private static readonly Table<ImpactedServiceDto> Services = new(
        ("Id", a => Format.Number(a.Service.Id)), ("Business service", a => a.Service.Name),
        ("Tier", a => a.Tier?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("State", a => a.State.ToString()));

    private static readonly Table<SinglePointOfFailureDto> Spofs = new(
        ("Id", f => Format.Number(f.Item.Id)), ("Name", f => f.Item.Name), ("Takes down", f => Format.List(f.TakesDown.Select(t => t.Name))));

    public static Command Create(CliContext context) =>
        new Command("impact", "What fails when items fail").With(Analyze(context), SinglePointsOfFailure(context));

    private static Command Analyze(CliContext context)
    {
        var items = new Argument<string[]>("items") { Description = "The failed items (ids or names)", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int?>("--limit") { Description = "Affected items to list, worst first (1–100000, default 1000); the business services are always all listed" };
        return new Command("of", "List what the failure of these items takes down or degrades").With(items, limit).Runs(context, async (s, ct) =>
        {
            var ids = new List<long>();
            foreach (var item in s.Value(items))
            {
                ids.Add(await InventoryLookup.ItemAsync(s.Client, item, ct));
            }
            var impact = await s.Client.AnalyzeImpactAsync(ids, s.Value(limit), ct);
            if (s.Out.Json)
            {
                s.Out.WriteJson(impact);
                return;
            }
            s.Out.List(impact.Affected, Affected);
            if (impact.AffectedCount > impact.Affected.Count)
            {
                s.Out.Line($"… and {impact.AffectedCount - impact.Affected.Count} more ({impact.AffectedCount} affected, {impact.DownCount} down); --limit lists more.");
            }
            if (impact.Services.Count > 0)
            {
                s.Out.Line("");
                s.Out.List(impact.Services, Services);
            }
        });
    }

    private static Command SinglePointsOfFailure(CliContext context) =>
        new Command("spof", "List items whose loss alone takes down a tier-1 or tier-2 business service").Runs(context, async (s, ct) =>
            s.Out.List(await s.Client.ListSinglePointsOfFailureAsync(ct), Spofs));
}
