using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>A line of the prefix tree: a prefix, or a free range inside an opened prefix that one can allocate from.</summary>
public sealed record PrefixRow(int Depth, IpBlock Block, PrefixTreeNodeDto? Node, PrefixDto? FreeIn)
{
    public static PrefixRow Of(PrefixTreeNodeDto node, int depth) => new(depth, IpNotation.ParsePrefix(node.Prefix.Prefix).Block, node, null);

    public static PrefixRow Free(IpBlock block, PrefixDto parent, int depth) => new(depth, block, null, parent);

    /// <summary>The first address of a free range, with the length of the prefix it lies in: what "add an address here" starts with.</summary>
    public string FirstAddress => $"{Block.Address(Block.Start)}/{FreeIn?.Length ?? Block.Length}";

    /// <summary>An opened prefix shows its children and its free ranges in address order.</summary>
    public static IEnumerable<PrefixRow> Inside(PrefixDto parent, int depth, IEnumerable<PrefixTreeNodeDto> children, IEnumerable<IpBlock> free) =>
        children.Select(c => Of(c, depth + c.Depth)).Concat(free.Select(f => Free(f, parent, depth))).OrderBy(r => r.Block.Start).ThenBy(r => r.Depth);
}
