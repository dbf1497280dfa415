using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory.Ipam;

public static class VlanCommands
{
    private static readonly Table<VlanDto> Table = new(
        ("Id", v => Format.Number(v.Id)), ("VID", v => Format.Number(v.Vid)), ("Name", v => v.Name), ("Group", v => Format.Number(v.GroupId)),
        ("Site", v => Format.Number(v.SiteId)), ("Status", v => v.Status.ToString()), ("Description", v => v.Description));

    public static Command Create(CliContext context) =>
        new Command("vlans", "VLANs (VID 1–4094, unique inside a group)").With(
            List(context), Show(context), New(context), Update(context), Delete(context));

    private static Argument<string> VlanArgument() => new("vlan") { Description = "VLAN id or name; with --group its VID" };

    private static Option<string?> Group(string description = "The VLAN group (id or name)") => new("--group") { Description = description };

    private sealed class Fields
    {
        public Option<string?> Site { get; } = new("--site") { Description = "The site it serves (id or name; 'none' clears it)" };
        public Option<VlanStatus?> Status { get; } = new("--status") { Description = "Active, Reserved or Deprecated" };
        public Option<string?> Description { get; } = new("--description") { Description = "What the VLAN carries" };

        public Symbol[] All => [Site, Status, Description];

        public async Task<VlanRequest> ApplyAsync(Session s, VlanRequest current, CancellationToken ct) => current with
        {
            SiteId = s.Value(Site) is { } site ? InventoryCommands.IsNone(site) ? null : await InventoryLookup.SiteAsync(s.Client, site, ct) : current.SiteId,
            Status = s.Value(Status) ?? current.Status,
            Description = s.Value(Description) ?? current.Description,
        };
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List VLANs; --search matches the name");
        var group = Group("Only VLANs of this group (id or name)");
        var site = new Option<string?>("--site") { Description = "Only VLANs of this site (id or name)" };
        var vid = new Option<int?>("--vid") { Description = "Only this VLAN id" };
        command.With(group, site, vid);
        var paging = new ListOptions(command, "vid, name", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var groupId = s.Value(group) is { } g ? await IpamLookup.VlanGroupAsync(s.Client, g, ct) : (long?)null;
            var siteId = s.Value(site) is { } si ? await InventoryLookup.SiteAsync(s.Client, si, ct) : (long?)null;
            var filter = new VlanFilter(groupId, siteId, s.Value(vid));
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListVlansAsync(q, filter, c), ct), Table);
        });
    }

    private static Command Show(CliContext context)
    {
        var (vlan, group) = (VlanArgument(), Group());
        return new Command("show", "Show a VLAN").With(vlan, group).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetVlanAsync(await IpamLookup.VlanAsync(s.Client, s.Value(vlan), s.Value(group), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var vid = new Argument<int>("vid") { Description = "VLAN id, 1–4094" };
        var name = new Argument<string>("name") { Description = "VLAN name" };
        var (group, fields) = (Group(), new Fields());
        return new Command("create", "Create a VLAN").With([vid, name, group, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var groupId = s.Value(group) is { } g ? await IpamLookup.VlanGroupAsync(s.Client, g, ct) : (long?)null;
            var request = await fields.ApplyAsync(s, new VlanRequest(s.Value(vid), s.Value(name), groupId), ct);
            Print(s, await s.Client.CreateVlanAsync(request, cancellationToken: ct));
        });
    }

    private static Command Update(CliContext context)
    {
        var (vlan, group, fields, version) = (VlanArgument(), Group(), new Fields(), Options.IfVersion());
        var name = new Option<string?>("--name") { Description = "New name" };
        var vid = new Option<int?>("--vid") { Description = "New VLAN id" };
        return new Command("update", "Change a VLAN; options not given keep their value").With([vlan, group, name, vid, version, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var current = await s.Client.GetVlanAsync(await IpamLookup.VlanAsync(s.Client, s.Value(vlan), s.Value(group), ct), ct);
            var request = new VlanRequest(s.Value(vid) ?? current.Vid, s.Value(name) ?? current.Name, current.GroupId, current.SiteId, current.Status, current.Description);
            Print(s, await s.Client.UpdateVlanAsync(current.Id, await fields.ApplyAsync(s, request, ct), Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command Delete(CliContext context)
    {
        var (vlan, group) = (VlanArgument(), Group());
        return new Command("delete", "Delete a VLAN").With(vlan, group).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteVlanAsync(await IpamLookup.VlanAsync(s.Client, s.Value(vlan), s.Value(group), ct), ct);
            s.Out.Done($"VLAN {s.Value(vlan)} deleted.");
        });
    }

    private static void Print(Session s, VlanDto v) => s.Out.Item(v,
        ("Id", Format.Number(v.Id)), ("VID", Format.Number(v.Vid)), ("Name", v.Name), ("Group", Format.Number(v.GroupId)), ("Site", Format.Number(v.SiteId)),
        ("Status", v.Status.ToString()), ("Description", v.Description), ("Version", Format.Number(v.Version)));
}
