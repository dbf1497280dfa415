using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class ServiceCommands
{
    private static readonly Table<ServiceDto> Table = new(
        ("Id", d => Format.Number(d.Id)), ("Name", d => d.Name), ("Kind", d => d.Kind.ToString()), ("Status", d => d.Status.ToString()),
        ("Tier", d => d.Tier?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Owner team", d => d.OwnerTeam?.Name),
        ("RTO", d => DurationText.Format(d.RtoMinutes)), ("RPO", d => DurationText.Format(d.RpoMinutes)), ("Requesters", d => d.VisibleToRequesters ? "visible" : null));

    private static readonly Table<CatalogEntryDto> Catalog = new(
        ("Id", c => Format.Number(c.Id)), ("Name", c => c.Name), ("Tier", c => c.Tier?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Owner team", c => c.OwnerTeam?.Name), ("Support hours", c => c.SupportHours), ("Description", c => c.Description));

    public static Command Create(CliContext context) =>
        new Command("services", "Applications, databases, technical and business services (the service catalog)").With(
            List(context), Show(context), New(context), Update(context), Delete(context));

    /// <summary><c>wk inventory catalog</c>: what a requester of the organization is offered.</summary>
    public static Command CatalogCommand(CliContext context) =>
        new Command("catalog", "List the business services requesters see: active and visible to requesters").Runs(context, async (s, ct) =>
            s.Out.List(await s.Client.ListCatalogAsync(ct), Catalog));

    private static Argument<string> ServiceArgument() => new("service") { Description = "Service id or name" };

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List services; --search matches the name");
        var kind = new Option<ServiceKind?>("--kind") { Description = "Only this kind: Application, Database, TechnicalService, BusinessService" };
        var tier = new Option<int?>("--tier") { Description = "Only business services of this tier (1–4)" };
        var team = new Option<string?>("--owner-team") { Description = "Only services this team owns (id or name)" };
        var visible = new Option<bool?>("--visible-to-requesters") { Description = "Only services that are (true) or are not (false) in the requesters' catalog" };
        command.With(kind, tier, team, visible);
        var paging = new ListOptions(command, "name, tier, createdAt", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var teamId = s.Value(team) is { } t ? await Lookup.TeamAsync(s.Client, t, ct) : (long?)null;
            var filter = new ServiceFilter(s.Value(kind), s.Value(tier), teamId, s.Value(visible));
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListServicesAsync(q, filter, c), ct), Table);
        });
    }

    private static Command Show(CliContext context)
    {
        var service = ServiceArgument();
        return new Command("show", "Show a service").With(service).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetServiceAsync(await InventoryLookup.ServiceAsync(s.Client, s.Value(service), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Service name, unique among the organization's services of its kind" };
        var fields = new ServiceFields();
        return new Command("create", "Record a service; business services need --owner-team").With([name, .. fields.All]).Runs(context, async (s, ct) =>
            Print(s, await s.Client.CreateServiceAsync(await fields.ApplyAsync(s, new ServiceRequest(s.Value(name)), ct), cancellationToken: ct)));
    }

    private static Command Update(CliContext context)
    {
        var service = ServiceArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var fields = new ServiceFields();
        var version = Options.IfVersion();
        return new Command("update", "Change a service; options not given keep their value")
            .With([service, name, version, .. fields.All]).Runs(context, async (s, ct) =>
            {
                var current = await s.Client.GetServiceAsync(await InventoryLookup.ServiceAsync(s.Client, s.Value(service), ct), ct);
                var request = await fields.ApplyAsync(s, current.ToRequest() with { Name = s.Value(name) ?? current.Name }, ct);
                Print(s, await s.Client.UpdateServiceAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
            });
    }

    private static Command Delete(CliContext context)
    {
        var service = ServiceArgument();
        return new Command("delete", "Delete a service and its relationships").With(service).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteServiceAsync(await InventoryLookup.ServiceAsync(s.Client, s.Value(service), ct), ct);
            s.Out.Done($"Service {s.Value(service)} deleted.");
        });
    }

    private static void Print(Session s, ServiceDto d) => s.Out.Item(d,
        ("Id", Format.Number(d.Id)), ("Name", d.Name), ("Kind", d.Kind.ToString()), ("Status", d.Status.ToString()),
        ("Environment", d.Environment?.ToString()), ("Criticality", d.Criticality?.ToString()), ("Owner team", d.OwnerTeam?.Name),
        ("Vendor", d.Vendor), ("Product", d.Product), ("Software version", d.SoftwareVersion), ("URL", d.Url), ("Engine", d.DatabaseEngine),
        ("Tier", d.Tier?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Support hours", d.SupportHours),
        ("RTO", DurationText.Format(d.RtoMinutes)), ("RPO", DurationText.Format(d.RpoMinutes)),
        ("Visible to requesters", d.Kind == ServiceKind.BusinessService ? (d.VisibleToRequesters ? "yes" : "no") : null),
        ("Tags", Format.List(d.Tags)), ("Description", d.Description), ("Created", Format.Time(d.CreatedAt)), ("Version", Format.Number(d.Version)));
}
