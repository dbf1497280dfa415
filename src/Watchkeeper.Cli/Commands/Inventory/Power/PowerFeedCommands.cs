using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory.Power;

public static class PowerFeedCommands
{
    public static readonly Table<PowerFeedDto> Table = new(
        ("Id", f => Format.Number(f.Id)), ("Panel", f => f.PanelName), ("Feed", f => f.Name), ("Status", f => f.Status.ToString()),
        ("Type", f => f.Type.ToString()), ("Rating", Rating), ("Capacity", f => Watts(f.Load.CapacityWatts)),
        ("Load", f => $"{Watts(f.Load.LoadWatts)} ({f.Load.LoadPercent}%)"), ("If partner fails", f => $"{Watts(f.Load.FailoverWatts)} ({f.Load.FailoverPercent}%)"),
        ("Devices", f => Format.Number(f.Load.DeviceCount)), ("Unknown draw", f => f.Load.UnknownDraw.Count == 0 ? null : Format.List(f.Load.UnknownDraw.Select(d => d.Name))));

    public static Command Create(CliContext context) =>
        new Command("power-feeds", "Power feeds from panels, with capacity and load").With(List(context), New(context), Delete(context));

    private static Option<string?> SiteOption(string description) => new("--site") { Description = description };

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List power feeds with their load");
        var site = SiteOption("Only feeds at this site (id or name)");
        command.Add(site);
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var siteId = await PowerLookup.SiteAsync(s.Client, s.Value(site), ct);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListPowerFeedsAsync(q, siteId, cancellationToken: c), ct), Table);
        });
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Feed name, unique in its panel" };
        var panel = new Option<string>("--panel") { Description = "Panel (id or name)", Required = true };
        var site = SiteOption("The panel's site, when its name is not unique; also where --rack is looked up");
        var rating = new FeedRatingOptions();
        return new Command("create", "Create a power feed").With([name, panel, site, .. rating.All]).Runs(context, async (s, ct) =>
        {
            var siteId = await PowerLookup.SiteAsync(s.Client, s.Value(site), ct);
            var panelId = await PowerLookup.PanelAsync(s.Client, s.Value(panel)!, siteId, ct);
            var request = await rating.ApplyAsync(s, new PowerFeedRequest(panelId, s.Value(name)), siteId, ct);
            var f = await s.Client.CreatePowerFeedAsync(request, cancellationToken: ct);
            s.Out.Item(f, ("Id", Format.Number(f.Id)), ("Panel", f.PanelName), ("Feed", f.Name), ("Rating", Rating(f)),
                ("Capacity", Watts(f.Load.CapacityWatts)), ("Rack", f.Rack?.Name), ("Version", Format.Number(f.Version)));
        });
    }

    private static Command Delete(CliContext context)
    {
        var feed = new Argument<string>("feed") { Description = "Feed id or name" };
        var site = SiteOption("The feed's site, when its name is not unique");
        return new Command("delete", "Delete a feed nothing is connected to").With(feed, site).Runs(context, async (s, ct) =>
        {
            await s.Client.DeletePowerFeedAsync(await PowerLookup.FeedAsync(s.Client, s.Value(feed), await PowerLookup.SiteAsync(s.Client, s.Value(site), ct), ct), ct);
            s.Out.Done($"Power feed {s.Value(feed)} deleted.");
        });
    }

    private static string Rating(PowerFeedDto f) =>
        $"{f.Supply.ToString().ToUpperInvariant()} {(f.Phase == PowerPhase.ThreePhase ? "3-phase" : "1-phase")} {f.Voltage} V {f.Amperage} A at {f.MaxUtilizationPercent}%";

    private static string? Watts(int? watts) => watts is { } w ? $"{Format.Number(w)} W" : null;
}
