using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory.Ipam;

/// <summary>VRFs, prefixes, addresses and VLANs named as operators write them: by name, CIDR, address or VID, or by id.</summary>
public static class IpamLookup
{
    /// <summary>How the global table (no VRF) is named on the command line.</summary>
    public const string Global = "global";

    public static bool IsGlobal(string reference) => reference.Equals(Global, StringComparison.OrdinalIgnoreCase);

    public static Task<long> VrfAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        InventoryLookup.FindAsync(reference, async () => (await client.ListVrfsAsync(new ListQuery(Limit: 500, Q: reference), ct)).Items.Select(v => (v.Id, v.Name)), "VRF");

    /// <summary>The VRF scope of a filter: null when none was given, 0 for the global table, else the VRF's id.</summary>
    public static async Task<long?> ScopeAsync(WatchkeeperClient client, string? reference, CancellationToken ct) =>
        reference is null ? null : IsGlobal(reference) ? 0 : await VrfAsync(client, reference, ct);

    /// <summary>The VRF id a new object goes into: null (the global table) when none or "global" was given.</summary>
    public static async Task<long?> VrfIdAsync(WatchkeeperClient client, string? reference, CancellationToken ct) =>
        await ScopeAsync(client, reference, ct) is { } scope and not 0 ? scope : null;

    /// <summary>A prefix by id, or by its CIDR in a VRF (the global table unless one is given).</summary>
    public static async Task<long> PrefixAsync(WatchkeeperClient client, string reference, string? vrf, CancellationToken ct)
    {
        var scope = Lookup.Id(reference) is null ? await ScopeAsync(client, vrf, ct) ?? 0 : 0;
        return await InventoryLookup.FindAsync(reference, async () =>
            (await client.ListPrefixesAsync(new ListQuery(Limit: 500, Q: reference.Trim()), new PrefixFilter(scope), ct)).Items.Select(p => (p.Id, p.Prefix)), Where("prefix", vrf));
    }

    /// <summary>An address by id, or by its value (with or without the length) in a VRF (the global table unless one is given).</summary>
    public static async Task<long> AddressAsync(WatchkeeperClient client, string reference, string? vrf, CancellationToken ct)
    {
        var scope = Lookup.Id(reference) is null ? await ScopeAsync(client, vrf, ct) ?? 0 : 0;
        var value = reference.Split('/')[0].Trim();
        return await InventoryLookup.FindAsync(reference, async () =>
            (await client.ListIpAddressesAsync(new ListQuery(Limit: 2, Q: value), new IpAddressFilter(scope), ct)).Items.Select(a => (a.Id, reference)), Where("IP address", vrf));
    }

    public static Task<long> VlanGroupAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        InventoryLookup.FindAsync(reference, async () => (await client.ListVlanGroupsAsync(new ListQuery(Limit: 500, Q: reference), ct)).Items.Select(g => (g.Id, g.Name)), "VLAN group");

    /// <summary>A VLAN by its VID inside a group when one is given (VIDs repeat across groups), else by id or name.</summary>
    public static async Task<long> VlanAsync(WatchkeeperClient client, string reference, string? group, CancellationToken ct)
    {
        if (group is null)
        {
            return await InventoryLookup.FindAsync(reference, async () =>
                (await client.ListVlansAsync(new ListQuery(Limit: 500, Q: reference), cancellationToken: ct)).Items.Select(v => (v.Id, v.Name)), "VLAN");
        }
        var groupId = await VlanGroupAsync(client, group, ct);
        var vid = int.TryParse(reference, out var number) ? number : throw new CliException($"With --group, name the VLAN by its VID (1–4094), not '{reference}'.");
        var page = await client.ListVlansAsync(new ListQuery(Limit: 1), new VlanFilter(groupId, Vid: vid), ct);
        return page.Items.Count > 0 ? page.Items[0].Id : throw new CliException($"No VLAN {vid} in the group '{group}'.");
    }

    private static string Where(string what, string? vrf) => vrf is null || IsGlobal(vrf) ? $"{what} in the global table" : $"{what} in the VRF '{vrf}'";
}
