using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class DeviceCommands
{
    private static readonly Table<DeviceDto> Table = new(
        ("Id", d => Format.Number(d.Id)), ("Name", d => d.Name), ("Kind", d => d.Kind.ToString()), ("Status", d => d.Status.ToString()),
        ("Site", d => d.Site?.Name), ("Rack", d => Placement(d)), ("IP", d => d.PrimaryIp), ("Serial", d => d.Serial));

    public static Command Create(CliContext context) =>
        new Command("devices", "Devices: servers, VMs, network gear, cloud resources and more").With(
            List(context), Show(context), New(context), Update(context), Delete(context));

    private static string? Placement(DeviceDto d) =>
        d.Rack is null ? null : d.Position is { } p ? $"{d.Rack.Name} U{p} {d.Face?.ToString().ToLowerInvariant()}" : d.Rack.Name;

    private static Argument<string> DeviceArgument() => new("device") { Description = "Device id or name" };

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List devices; --search matches name, serial, asset tag or IP");
        var site = new Option<string?>("--site") { Description = "Only devices at this site (id or name)" };
        var rack = new Option<string?>("--rack") { Description = "Only devices in this rack (id or name)" };
        var kind = new Option<DeviceKind?>("--kind") { Description = "Only this kind, e.g. Server, Switch, VirtualMachine" };
        var status = new Option<LifecycleStatus?>("--status") { Description = "Only this lifecycle status, e.g. Active" };
        var tag = new Option<string?>("--tag") { Description = "Only devices with this tag" };
        command.With(site, rack, kind, status, tag);
        var paging = new ListOptions(command, "name, createdAt, position", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var siteId = s.Value(site) is { } si ? await InventoryLookup.SiteAsync(s.Client, si, ct) : (long?)null;
            var rackId = s.Value(rack) is { } r ? await InventoryLookup.RackAsync(s.Client, r, siteId, ct) : (long?)null;
            var filter = new DeviceFilter(siteId, rackId, s.Value(kind), s.Value(status), s.Value(tag));
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListDevicesAsync(q, filter, c), ct), Table);
        });
    }

    private static Command Show(CliContext context)
    {
        var device = DeviceArgument();
        return new Command("show", "Show a device").With(device).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetDeviceAsync(await InventoryLookup.DeviceAsync(s.Client, s.Value(device), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Device name, unique among the organization's devices" };
        var fields = new DeviceFields();
        return new Command("create", "Record a device; with --rack and --position it is placed in the rack").With([name, .. fields.All]).Runs(context, async (s, ct) =>
            Print(s, await s.Client.CreateDeviceAsync(await fields.ApplyAsync(s, new DeviceRequest(s.Value(name)), ct), cancellationToken: ct)));
    }

    private static Command Update(CliContext context)
    {
        var device = DeviceArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var fields = new DeviceFields();
        var version = Options.IfVersion();
        return new Command("update", "Change a device; options not given keep their value, 'none' clears a reference")
            .With([device, name, version, .. fields.All]).Runs(context, async (s, ct) =>
            {
                var current = await s.Client.GetDeviceAsync(await InventoryLookup.DeviceAsync(s.Client, s.Value(device), ct), ct);
                var request = await fields.ApplyAsync(s, current.ToRequest() with { Name = s.Value(name) ?? current.Name }, ct);
                Print(s, await s.Client.UpdateDeviceAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
            });
    }

    private static Command Delete(CliContext context)
    {
        var device = DeviceArgument();
        return new Command("delete", "Delete a device").With(device).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteDeviceAsync(await InventoryLookup.DeviceAsync(s.Client, s.Value(device), ct), ct);
            s.Out.Done($"Device {s.Value(device)} deleted.");
        });
    }

    private static void Print(Session s, DeviceDto d) => s.Out.Item(d,
        ("Id", Format.Number(d.Id)), ("Name", d.Name), ("Kind", d.Kind.ToString()), ("Status", d.Status.ToString()),
        ("Environment", d.Environment?.ToString()), ("Criticality", d.Criticality?.ToString()), ("Owner team", d.OwnerTeam?.Name),
        ("Type", d.DeviceType?.Name), ("Hostname", d.Hostname), ("FQDN", d.Fqdn), ("Serial", d.Serial), ("Asset tag", d.AssetTag),
        ("Primary IP", d.PrimaryIp), ("OS", string.Join(' ', new[] { d.OsName, d.OsVersion }.Where(v => v is not null))),
        ("Site", d.Site?.Name), ("Rack", Placement(d)),
        ("Cloud", string.Join(" / ", new[] { d.CloudProvider, d.CloudAccount, d.CloudRegion }.Where(v => v is not null))),
        ("Tags", Format.List(d.Tags)), ("Support contract", d.SupportContract?.Name),
        ("Custom fields", d.CustomFields is { Count: > 0 } fields ? Format.List(fields.Select(f => $"{f.Key}={f.Value}")) : null), ("Description", d.Description), ("Created", Format.Time(d.CreatedAt)), ("Version", Format.Number(d.Version)));
}
