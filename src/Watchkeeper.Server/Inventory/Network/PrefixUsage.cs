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

    /// <summary>Every prefix of one VRF (0: the global table) with its depth and utilization, optionally only those inside one.</summary>
    public async Task<IReadOnlyList<PrefixTreeNodeDto>> TreeAsync(long organizationId, long vrfScope, IpBlock? within, CancellationToken ct)
    {
        var rows = await PrefixQueries.Filter(db, organizationId, vrfScope, null, null, within).Select(PrefixQueries.ToDto(db)).ToListAsync(ct);
        var hosts = await db.IpAddresses.AsNoTracking().Where(a => a.OrganizationId == organizationId && a.VrfScope == vrfScope)
            .Select(a => new { a.Family, a.Key }).ToListAsync(ct);
        var hostBlocks = hosts.Select(a => Host(a.Family, a.Key)).ToList();
        var nodes = PrefixTree.Build(rows.Select(r => (r, IpNotation.ParsePrefix(r.Prefix).Block)));
        var children = nodes.Where(n => n.ParentIndex is not null).ToLookup(n => n.ParentIndex!.Value, n => n.Block);
        return [.. nodes.Select((node, index) => new PrefixTreeNodeDto(node.Item, node.Depth,
            children[index].Any() ? IpSpace.Coverage(node.Block, children[index]) : IpSpace.Coverage(node.Block, hostBlocks)))];
    }

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
