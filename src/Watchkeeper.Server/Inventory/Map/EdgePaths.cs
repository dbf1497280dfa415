using System.Globalization;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Map;

/// <summary>
/// Edges as cubic curves from the side of one box to the facing side of the other; between boxes of one column the
/// curve bows out to the right. An edge to a hidden item ends at its column's "+N more" box, once per pair and type.
/// </summary>
public static class EdgePaths
{
    public static IReadOnlyList<PlacedEdge> Draw(DependencyMapDto map, IReadOnlyList<PlacedNode> placed)
    {
        var boxes = placed.ToDictionary(p => p.Key);
        var distances = map.Nodes.ToDictionary(n => n.Item.Id, n => n.Distance);
        string? KeyFor(long id) => boxes.ContainsKey(MapLayout.KeyOf(id)) ? MapLayout.KeyOf(id)
            : distances.TryGetValue(id, out var d) && boxes.ContainsKey(MapLayout.MoreKey(d)) ? MapLayout.MoreKey(d) : null;
        return map.Edges.Select(e => (From: KeyFor(e.SourceId), To: KeyFor(e.TargetId), e.Type))
            .Where(e => e.From is not null && e.To is not null && e.From != e.To).Distinct()
            .Select(e => new PlacedEdge(e.From!, e.To!, e.Type, Path(boxes[e.From!], boxes[e.To!]))).ToList();
    }

    private static string Path(PlacedNode from, PlacedNode to)
    {
        var (w, mid) = (MapLayout.NodeWidth, MapLayout.NodeHeight / 2);
        var (sy, ey) = (from.Y + mid, to.Y + mid);
        if (Math.Abs(from.X - to.X) < 1)
        {
            var x = from.X + w;
            var bow = 40 + (Math.Abs(ey - sy) / 8);
            return Format($"M{x} {sy} C{x + bow} {sy}, {x + bow} {ey}, {x} {ey}");
        }
        var rightwards = from.X < to.X;
        var (sx, ex) = rightwards ? (from.X + w, to.X) : (from.X, to.X + w);
        var pull = Math.Max(30, Math.Abs(ex - sx) / 2) * (rightwards ? 1 : -1);
        return Format($"M{sx} {sy} C{sx + pull} {sy}, {ex - pull} {ey}, {ex} {ey}");
    }

    private static string Format(FormattableString path) => path.ToString(CultureInfo.InvariantCulture);
}
