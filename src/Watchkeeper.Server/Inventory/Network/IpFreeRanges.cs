namespace Watchkeeper.Server.Inventory.Network;

/// <summary>The free space inside a block, cut into the largest aligned blocks, so that each range is a prefix one can create.</summary>
public static class IpFreeRanges
{
    /// <summary>
    /// The gaps between <paramref name="taken"/> inside <paramref name="parent"/>, lowest first, at most <paramref name="limit"/>.
    /// Blocks nest or are disjoint, so in address order a taken block either lies inside the previous one or starts past it.
    /// </summary>
    public static IReadOnlyList<IpBlock> Find(IpBlock parent, IEnumerable<IpBlock> taken, int limit)
    {
        var free = new List<IpBlock>();
        var cursor = parent.Start;
        foreach (var block in taken.Where(b => parent.Contains(b) && b != parent).OrderBy(b => b.Start).ThenBy(b => b.Length))
        {
            if (block.End < cursor)
            {
                continue;
            }
            if (block.Start > cursor)
            {
                Split(parent.Family, cursor, block.Start - UInt128.One, free, limit);
            }
            if (block.End == parent.End || free.Count >= limit)
            {
                return free;
            }
            cursor = block.End + UInt128.One;
        }
        if (taken.Any(parent.Equals))
        {
            return free;
        }
        Split(parent.Family, cursor, parent.End, free, limit);
        return free;
    }

    /// <summary>Covers first…last with aligned blocks, each as large as its start's alignment and the rest of the gap allow.</summary>
    private static void Split(Contracts.IpFamily family, UInt128 first, UInt128 last, List<IpBlock> free, int limit)
    {
        var width = family == Contracts.IpFamily.IPv4 ? 32 : 128;
        while (free.Count < limit)
        {
            var alignment = first == UInt128.Zero ? width : Math.Min(width, (int)UInt128.TrailingZeroCount(first));
            var span = last - first;
            var fits = span == UInt128.MaxValue ? 128 : (int)UInt128.Log2(span + UInt128.One);
            var block = new IpBlock(family, first, width - Math.Min(alignment, fits));
            free.Add(block);
            if (block.End == last)
            {
                return;
            }
            first = block.End + UInt128.One;
        }
    }
}
