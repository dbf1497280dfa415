using System.Numerics;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>What is used and what is free inside prefixes: utilization, the tree, the next free prefix or address.</summary>
public sealed class PrefixUsage(WatchkeeperDb db)
{
    public async Task<PrefixUtilizationDto> UtilizationAsync(IpPrefix prefix, CancellationToken ct)
    {
        var block = PrefixQueries.BlockOf(prefix);
        var inside = await ChildBlocksAsync(prefix, ct);
        var addresses = await AddressBlocksAsync(prefix, ct);
        var children = PrefixTree.Build(inside.Select(b => (b, b))).Count(n => n.ParentIndex is null);
        var size = BigInteger.Pow(2, block.Width - block.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return children > 0
            ? new PrefixUtilizationDto(prefix.Id, size, IpSpace.Coverage(block, inside), "prefixes", children, addresses.Count)
            : new PrefixUtilizationDto(prefix.Id, size, IpSpace.Coverage(block, addresses), "addresses", 0, addresses.Count);
    }

    /// <summary>
    /// The prefixes of one VRF (0: the global table) in depth-first order with their depth, utilization and number of
    /// children, optionally only those inside one block and only <paramref name="depth"/> levels deep. The tree is built
    /// from four narrow columns of each prefix; full rows are read only for the nodes returned, and the addresses of
    /// leaf prefixes are counted in the database, never loaded.
    /// </summary>
    public async Task<IReadOnlyList<PrefixTreeNodeDto>> TreeAsync(long organizationId, long vrfScope, IpBlock? within, int? depth, CancellationToken ct)
    {
        var rows = await PrefixQueries.Filter(db, organizationId, new PrefixFilter(vrfScope), within, null)
            .Select(p => new { p.Id, p.Family, p.StartKey, p.Length }).ToListAsync(ct);
        var nodes = PrefixTree.Build(rows.Select(r => (r.Id, new IpBlock(r.Family, IpBlock.FromKey(r.StartKey), r.Length))));
        var children = nodes.Where(n => n.ParentIndex is not null).ToLookup(n => n.ParentIndex!.Value, n => n.Block);
        var shown = Enumerable.Range(0, nodes.Count).Where(i => depth is null || nodes[i].Depth < depth).ToList();
        var ids = shown.Select(i => nodes[i].Item).ToList();
        var prefixes = await db.IpPrefixes.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(PrefixQueries.ToDto(db)).ToDictionaryAsync(p => p.Id, ct);
        var addresses = await AddressCountsAsync([.. shown.Where(i => !children[i].Any()).Select(i => nodes[i].Item)], ct);
        return [.. shown.Select(i => new PrefixTreeNodeDto(prefixes[nodes[i].Item], nodes[i].Depth,
            children[i].Any() ? IpSpace.Coverage(nodes[i].Block, children[i]) : Math.Min(1, addresses.GetValueOrDefault(nodes[i].Item) / nodes[i].Block.Size),
            children[i].Count()))];
    }

    /// <summary>The free space inside a prefix (outside its child prefixes and addresses) as prefixes one could create.</summary>
    public async Task<IReadOnlyList<IpBlock>> FreeRangesAsync(IpPrefix prefix, int limit, CancellationToken ct) =>
        IpFreeRanges.Find(PrefixQueries.BlockOf(prefix), [.. await ChildBlocksAsync(prefix, ct), .. await AddressBlocksAsync(prefix, ct)], limit);

    /// <summary>Addresses per prefix in one query: addresses are unique per VRF, so a count is exactly the space they take.</summary>
    private async Task<Dictionary<long, int>> AddressCountsAsync(List<long> prefixIds, CancellationToken ct) =>
        await db.IpPrefixes.AsNoTracking().Where(p => prefixIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                Count = db.IpAddresses.Count(a => a.OrganizationId == p.OrganizationId && a.VrfScope == p.VrfScope && a.Family == p.Family
                    && string.Compare(a.Key, p.StartKey) >= 0 && string.Compare(a.Key, p.EndKey) <= 0),
            })
            .ToDictionaryAsync(p => p.Id, p => p.Count, ct);

    public async Task<IpBlock?> NextFreePrefixAsync(IpPrefix prefix, int length, CancellationToken ct) =>
        IpSpace.NextFreePrefix(PrefixQueries.BlockOf(prefix), await ChildBlocksAsync(prefix, ct), length);

    public async Task<UInt128?> NextFreeAddressAsync(IpPrefix prefix, CancellationToken ct) =>
        IpSpace.NextFreeAddress(PrefixQueries.BlockOf(prefix), (await AddressBlocksAsync(prefix, ct)).Select(a => a.Start));

    private async Task<List<IpBlock>> ChildBlocksAsync(IpPrefix prefix, CancellationToken ct) =>
        [.. (await PrefixQueries.Inside(db.IpPrefixes.AsNoTracking(), prefix).Select(p => new { p.Family, p.StartKey, p.Length }).ToListAsync(ct))
            .Select(p => new IpBlock(p.Family, IpBlock.FromKey(p.StartKey), p.Length))];

    private async Task<List<IpBlock>> AddressBlocksAsync(IpPrefix prefix, CancellationToken ct) =>
        [.. (await PrefixQueries.AddressesInside(db.IpAddresses.AsNoTracking(), prefix).Select(a => new { a.Family, a.Key }).ToListAsync(ct))
            .Select(a => Host(a.Family, a.Key))];

    private static IpBlock Host(IpFamily family, string key) => new(family, IpBlock.FromKey(key), family == IpFamily.IPv4 ? 32 : 128);
}
