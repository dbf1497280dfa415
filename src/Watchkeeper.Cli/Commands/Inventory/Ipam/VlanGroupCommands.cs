using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory.Ipam;

public static class VlanGroupCommands
{
    private static readonly Table<VlanGroupDto> Table = new(
        ("Id", g => Format.Number(g.Id)), ("Name", g => g.Name), ("Site", g => Format.Number(g.SiteId)), ("Description", g => g.Description));

    public static Command Create(CliContext context) =>
        new Command("vlan-groups", "VLAN groups: sets of VLANs whose VIDs must not repeat").With(
            List(context), Show(context), New(context), Update(context), Delete(context));

    private static Argument<string> GroupArgument() => new("group") { Description = "VLAN group id or name" };

    private static Option<string?> Site() => new("--site") { Description = "The site it serves (id or name; 'none' clears it)" };

    private static Option<string?> Description() => new("--description") { Description = "What the group is" };

    private static async Task<long?> SiteIdAsync(Session s, Option<string?> site, long? current, CancellationToken ct) =>
        s.Value(site) is { } value ? InventoryCommands.IsNone(value) ? null : await InventoryLookup.SiteAsync(s.Client, value, ct) : current;

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List VLAN groups");
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) => s.Out.List(await paging.FetchAsync(s, s.Client.ListVlanGroupsAsync, ct), Table));
    }

    private static Command Show(CliContext context)
    {
        var group = GroupArgument();
        return new Command("show", "Show a VLAN group").With(group).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetVlanGroupAsync(await IpamLookup.VlanGroupAsync(s.Client, s.Value(group), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Group name, unique in the organization" };
        var (site, description) = (Site(), Description());
        return new Command("create", "Create a VLAN group").With(name, site, description).Runs(context, async (s, ct) =>
            Print(s, await s.Client.CreateVlanGroupAsync(new VlanGroupRequest(s.Value(name), await SiteIdAsync(s, site, null, ct), s.Value(description)), cancellationToken: ct)));
    }

    private static Command Update(CliContext context)
    {
        var group = GroupArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var (site, description, version) = (Site(), Description(), Options.IfVersion());
        return new Command("update", "Change a VLAN group; options not given keep their value").With(group, name, site, description, version).Runs(context, async (s, ct) =>
        {
            var current = await s.Client.GetVlanGroupAsync(await IpamLookup.VlanGroupAsync(s.Client, s.Value(group), ct), ct);
            var request = new VlanGroupRequest(s.Value(name) ?? current.Name, await SiteIdAsync(s, site, current.SiteId, ct), s.Value(description) ?? current.Description);
            Print(s, await s.Client.UpdateVlanGroupAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command Delete(CliContext context)
    {
        var group = GroupArgument();
        return new Command("delete", "Delete a VLAN group that holds no VLAN").With(group).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteVlanGroupAsync(await IpamLookup.VlanGroupAsync(s.Client, s.Value(group), ct), ct);
            s.Out.Done($"VLAN group {s.Value(group)} deleted.");
        });
    }

    private static void Print(Session s, VlanGroupDto g) => s.Out.Item(g,
        ("Id", Format.Number(g.Id)), ("Name", g.Name), ("Site", Format.Number(g.SiteId)), ("Description", g.Description), ("Version", Format.Number(g.Version)));
}
