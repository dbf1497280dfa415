namespace Watchkeeper.Server.Inventory.Network;

/// <summary>Free space and coverage inside a block, given what already takes space in it.</summary>
public static class IpSpace
{
    /// <summary>
    /// The first aligned block of <paramref name="length"/> inside <paramref name="parent"/> that overlaps none of
    /// <paramref name="taken"/>; null when the parent is full. Every block is aligned, so skipping past each taken
    /// block in address order and aligning up finds the lowest free one.
    /// </summary>
    public static IpBlock? NextFreePrefix(IpBlock parent, IEnumerable<IpBlock> taken, int length)
    {
        if (length == parent.Length)
        {
            return taken.Any(parent.Contains) ? null : parent;
        }
        var size = length == parent.Width ? UInt128.One : UInt128.One << (parent.Width - length);
        var cursor = parent.Start;
        foreach (var block in taken.Where(parent.Contains).OrderBy(b => b.Start))
        {
            if (block.End < cursor)
            {
                continue;
            }
            var candidate = IpBlock.Around(parent.Family, AlignUp(cursor, size), length);
            if (candidate.Start >= cursor && candidate.End < block.Start)
            {
                return candidate;
            }
            if (block.End == parent.End)
            {
                return null;
            }
            cursor = block.End + UInt128.One;
        }
        var last = IpBlock.Around(parent.Family, AlignUp(cursor, size), length);
        return last.Start >= cursor && parent.Contains(last) ? last : null;
    }

    /// <summary>
    /// The lowest address in <paramref name="prefix"/> not in <paramref name="used"/>. An IPv4 network of more than two
    /// addresses keeps its first (network) and last (broadcast) address out of the answer.
    /// </summary>
    public static UInt128? NextFreeAddress(IpBlock prefix, IEnumerable<UInt128> used)
    {
        var reservedEnds = prefix.Family == Contracts.IpFamily.IPv4 && prefix.Length < 31;
        var first = reservedEnds ? prefix.Start + UInt128.One : prefix.Start;
        var last = reservedEnds ? prefix.End - UInt128.One : prefix.End;
        var candidate = first;
        foreach (var address in used.Where(a => a >= first && a <= last).Distinct().Order())
        {
            if (address != candidate)
            {
                break;
            }
            if (candidate == last)
            {
                return null;
            }
            candidate++;
        }
        return candidate;
    }

    /// <summary>The share (0–1) of <paramref name="parent"/> that the blocks cover; nested blocks count once.</summary>
    public static double Coverage(IpBlock parent, IEnumerable<IpBlock> blocks)
    {
        var covered = 0d;
        IpBlock? outer = null;
        foreach (var block in blocks.Where(b => parent.Contains(b) && b != parent).OrderBy(b => b.Start).ThenBy(b => b.Length))
        {
            if (outer is { } o && o.Contains(block))
            {
                continue;
            }
            outer = block;
            covered += block.Size;
        }
        return Math.Min(1, covered / parent.Size);
    }

    private static UInt128 AlignUp(UInt128 value, UInt128 size)
    {
        var aligned = value & ~(size - UInt128.One);
        return aligned == value ? value : aligned + size;
    }
}
