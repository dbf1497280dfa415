using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class SiteCommands
{
    private static readonly Table<SiteDto> Table = new(
        ("Id", s => Format.Number(s.Id)), ("Name", s => s.Name), ("Time zone", s => s.TimeZone),
        ("Racks", s => Format.Number(s.RackCount)), ("Devices", s => Format.Number(s.DeviceCount)), ("Address", s => s.Address));

    public static Command Create(CliContext context) =>
        new Command("sites", "Sites: data centres, offices and other places that hold equipment").With(
            List(context), Show(context), New(context), Update(context), Delete(context));

    private static void Print(Session s, SiteDto site) => s.Out.Item(site,
        ("Id", Format.Number(site.Id)), ("Name", site.Name), ("Time zone", site.TimeZone), ("Address", site.Address),
        ("Coordinates", site.Latitude is { } lat ? FormattableString.Invariant($"{lat}, {site.Longitude}") : null),
        ("Contacts", site.Contacts), ("Description", site.Description),
        ("Racks", Format.Number(site.RackCount)), ("Devices", Format.Number(site.DeviceCount)), ("Version", Format.Number(site.Version)));

    private static Argument<string> SiteArgument() => new("site") { Description = "Site id or name" };

    private sealed class Fields
    {
        public Option<string?> TimeZone { get; } = new("--time-zone") { Description = "IANA time zone, e.g. Europe/Berlin (default UTC)" };
        public Option<string?> Address { get; } = new("--address") { Description = "Postal address" };
        public Option<double?> Latitude { get; } = new("--latitude") { Description = "Latitude in degrees (with --longitude)" };
        public Option<double?> Longitude { get; } = new("--longitude") { Description = "Longitude in degrees (with --latitude)" };
        public Option<string?> Contacts { get; } = new("--contacts") { Description = "Who to call at the site" };
        public Option<string?> Description { get; } = new("--description") { Description = "What the site is" };

        public Symbol[] All => [TimeZone, Address, Latitude, Longitude, Contacts, Description];

        /// <summary>The given options over <paramref name="current"/>; an empty text clears a field.</summary>
        public SiteRequest Apply(Session s, SiteRequest current) => current with
        {
            TimeZone = s.Value(TimeZone) ?? current.TimeZone,
            Address = s.Value(Address) ?? current.Address,
            Latitude = s.Value(Latitude) ?? current.Latitude,
            Longitude = s.Value(Longitude) ?? current.Longitude,
            Contacts = s.Value(Contacts) ?? current.Contacts,
            Description = s.Value(Description) ?? current.Description,
        };
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List sites; --search matches the name and the address");
        var timeZone = new Option<string?>("--time-zone") { Description = "Only sites in this IANA time zone, e.g. Europe/Berlin" };
        command.With(timeZone);
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new SiteFilter(s.Value(timeZone));
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListSitesAsync(q, filter, c), ct), Table);
        });
    }

    private static Command Show(CliContext context)
    {
        var site = SiteArgument();
        return new Command("show", "Show a site").With(site).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetSiteAsync(await InventoryLookup.SiteAsync(s.Client, s.Value(site), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Site name" };
        var fields = new Fields();
        return new Command("create", "Create a site").With([name, .. fields.All]).Runs(context, async (s, ct) =>
            Print(s, await s.Client.CreateSiteAsync(fields.Apply(s, new SiteRequest(s.Value(name))), cancellationToken: ct)));
    }

    private static Command Update(CliContext context)
    {
        var site = SiteArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var fields = new Fields();
        var version = Options.IfVersion();
        return new Command("update", "Change a site; options not given keep their value").With([site, name, version, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var current = await s.Client.GetSiteAsync(await InventoryLookup.SiteAsync(s.Client, s.Value(site), ct), ct);
            var request = fields.Apply(s, new SiteRequest(s.Value(name) ?? current.Name, current.TimeZone, current.Address,
                current.Latitude, current.Longitude, current.Contacts, current.Description));
            Print(s, await s.Client.UpdateSiteAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command Delete(CliContext context)
    {
        var site = SiteArgument();
        return new Command("delete", "Delete an empty site").With(site).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteSiteAsync(await InventoryLookup.SiteAsync(s.Client, s.Value(site), ct), ct);
            s.Out.Done($"Site {s.Value(site)} deleted.");
        });
    }
}
