using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class RackCommands
{
    private static readonly Table<RackDto> Table = new(
        ("Id", r => Format.Number(r.Id)), ("Name", r => r.Name), ("Site", r => r.SiteName), ("Height", r => $"{r.HeightU}U"),
        ("Used", r => $"{r.UsedU}U ({r.UtilizationPercent}%)"), ("Description", r => r.Description));

    private static readonly Table<RackedDeviceDto> Devices = new(
        ("Units", d => d.Position is { } p ? (d.HeightU > 1 ? $"{p}–{p + d.HeightU - 1}" : $"{p}") : "0U"),
        ("Face", d => d.Position is null ? null : d.FullDepth ? "both" : d.Face?.ToString().ToLowerInvariant()),
        ("Device", d => d.Name), ("Kind", d => d.Kind.ToString()), ("Status", d => d.Status.ToString()));

    public static Command Create(CliContext context) =>
        new Command("racks", "Racks at sites, and what is mounted in them").With(
            List(context), Show(context), New(context), Update(context), Delete(context));

    private static Argument<string> RackArgument() => new("rack") { Description = "Rack id or name" };

    private static Option<string?> SiteOption(string description) => new("--site") { Description = description };

    private sealed class Fields
    {
        public Option<int?> Height { get; } = new("--height") { Description = "Height in units, 1–60 (default 42)" };
        public Option<RackNumbering?> Numbering { get; } = new("--numbering") { Description = "Ascending (unit 1 at the bottom, default) or Descending" };
        public Option<string?> Description { get; } = new("--description") { Description = "What the rack is" };

        public Symbol[] All => [Height, Numbering, Description];

        public RackRequest Apply(Session s, RackRequest current) => current with
        {
            HeightU = s.Value(Height) ?? current.HeightU,
            Numbering = s.Value(Numbering) ?? current.Numbering,
            Description = s.Value(Description) ?? current.Description,
        };
    }

    private static async Task<long?> SiteIdAsync(Session s, Option<string?> site, CancellationToken ct) =>
        s.Value(site) is { } reference ? await InventoryLookup.SiteAsync(s.Client, reference, ct) : null;

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List racks with their utilization");
        var site = SiteOption("Only racks at this site (id or name)");
        command.Add(site);
        var paging = new ListOptions(command, "name, heightU", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var siteId = await SiteIdAsync(s, site, ct);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListRacksAsync(q, siteId, c), ct), Table);
        });
    }

    private static Command Show(CliContext context)
    {
        var rack = RackArgument();
        var site = SiteOption("The rack's site, when its name is not unique");
        return new Command("show", "Show a rack and its devices from the top unit down").With(rack, site).Runs(context, async (s, ct) =>
        {
            var id = await InventoryLookup.RackAsync(s.Client, s.Value(rack), await SiteIdAsync(s, site, ct), ct);
            var elevation = await s.Client.GetRackElevationAsync(id, ct);
            if (s.Out.Json)
            {
                s.Out.WriteJson(elevation);
                return;
            }
            Print(s, elevation.Rack);
            using var devices = new StringWriter();
            Devices.Write(devices, elevation.Devices.OrderByDescending(d => d.Position ?? 0).ToList());
            s.Out.Line("");
            s.Out.Line(devices.ToString().TrimEnd());
        });
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Rack name, unique in its site" };
        var site = SiteOption("Site (id or name)");
        site.Required = true;
        var fields = new Fields();
        return new Command("create", "Create a rack").With([name, site, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var request = fields.Apply(s, new RackRequest(await SiteIdAsync(s, site, ct), s.Value(name)));
            Print(s, await s.Client.CreateRackAsync(request, cancellationToken: ct));
        });
    }

    private static Command Update(CliContext context)
    {
        var rack = RackArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var site = SiteOption("The rack's site, when its name is not unique");
        var fields = new Fields();
        var version = Options.IfVersion();
        return new Command("update", "Change a rack; options not given keep their value").With([rack, name, site, version, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var current = await s.Client.GetRackAsync(await InventoryLookup.RackAsync(s.Client, s.Value(rack), await SiteIdAsync(s, site, ct), ct), ct);
            var request = fields.Apply(s, new RackRequest(current.SiteId, s.Value(name) ?? current.Name, current.HeightU, current.Numbering, current.LocationId, current.Description));
            Print(s, await s.Client.UpdateRackAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command Delete(CliContext context)
    {
        var rack = RackArgument();
        var site = SiteOption("The rack's site, when its name is not unique");
        return new Command("delete", "Delete an empty rack").With(rack, site).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteRackAsync(await InventoryLookup.RackAsync(s.Client, s.Value(rack), await SiteIdAsync(s, site, ct), ct), ct);
            s.Out.Done($"Rack {s.Value(rack)} deleted.");
        });
    }

    private static void Print(Session s, RackDto r) => s.Out.Item(r,
        ("Id", Format.Number(r.Id)), ("Name", r.Name), ("Site", r.SiteName), ("Height", $"{r.HeightU}U, numbered {r.Numbering.ToString().ToLowerInvariant()}"),
        ("Used", $"{r.UsedU}U ({r.UtilizationPercent}%)"), ("Description", r.Description), ("Version", Format.Number(r.Version)));
}
