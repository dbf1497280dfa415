using System.Globalization;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Map;

/// <summary>
/// A layered layout for dependency maps: one column per signed distance from the centre (upstream left, downstream
/// right), each column ordered by barycentre sweeps to reduce crossings, and a column of more than
/// <see cref="MaxRows"/> items collapsed to its best-connected ones plus a "+N more" box in its middle. An expanded column wraps into
/// side-by-side sub-columns, so even 200 neighbours stay a readable grid. Pure and deterministic.
/// </summary>
public static class MapLayout
{
    public const double NodeWidth = 200;
    public const double NodeHeight = 30;
    public const double ColumnGap = 110;
    public const double RowGap = 10;
    public const double Margin = 20;
    public const int MaxRows = 40;
    private const int Sweeps = 6;

    public static string MoreKey(int distance) => $"more{distance.ToString(CultureInfo.InvariantCulture)}";

    public static string KeyOf(long id) => $"n{id.ToString(CultureInfo.InvariantCulture)}";

    public static MapPicture Arrange(DependencyMapDto map, IReadOnlySet<int> expanded)
    {
        var neighbours = map.Edges.Where(e => e.SourceId != e.TargetId)
            .SelectMany(e => new[] { (e.SourceId, e.TargetId), (e.TargetId, e.SourceId) })
            .ToLookup(p => p.Item1, p => p.Item2);
        var columns = map.Nodes.GroupBy(n => n.Distance).OrderBy(g => g.Key)
            .Select(g => g.OrderBy(n => n.Item.Name, StringComparer.Ordinal).ThenBy(n => n.Item.Id).ToList()).ToList();
        CrossingReduction.Sweep(columns, neighbours, Sweeps);
        var slots = columns.SelectMany(c => Slots(c, neighbours, expanded.Contains(c[0].Distance))).ToList();
        var tallest = slots.Max(s => s.Count);
        var pitch = NodeHeight + RowGap;
        var placed = new List<PlacedNode>();
        for (var s = 0; s < slots.Count; s++)
        {
            var top = Margin + ((tallest - slots[s].Count) * pitch / 2);
            var x = Margin + (s * (NodeWidth + ColumnGap));
            placed.AddRange(slots[s].Select((box, row) => box with { X = x, Y = top + (row * pitch) }));
        }
        var width = (2 * Margin) + (slots.Count * NodeWidth) + ((slots.Count - 1) * ColumnGap);
        var height = (2 * Margin) + (tallest * pitch) - RowGap;
        return new MapPicture(placed, EdgePaths.Draw(map, placed), width, height);
    }

    /// <summary>A column as one or more sub-columns of boxes (positions filled in later).</summary>
    private static IEnumerable<List<PlacedNode>> Slots(List<MapNodeDto> column, ILookup<long, long> neighbours, bool expanded)
    {
        var distance = column[0].Distance;
        var boxes = column.Select(n => new PlacedNode(KeyOf(n.Item.Id), n, distance, 0, 0, 0)).ToList();
        if (column.Count <= MaxRows)
        {
            return [boxes];
        }
        if (expanded)
        {
            return boxes.Chunk(MaxRows).Select(c => c.ToList());
        }
        var kept = boxes.Select((box, index) => (box, index)).OrderByDescending(b => neighbours[b.box.Node!.Item.Id].Count()).ThenBy(b => b.index)
            .Take(MaxRows - 1).OrderBy(b => b.index).Select(b => b.box).ToList();
        // In the middle, level with the centre, where the eye is when the map opens.
        kept.Insert(kept.Count / 2, new PlacedNode(MoreKey(distance), null, distance, column.Count - kept.Count, 0, 0));
        return [kept];
    }
}
