using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Map;

/// <summary>
/// The barycentre heuristic: alternately left to right and right to left, each column is re-sorted by the mean
/// position of its neighbours in the column just placed. Positions are measured from each column's middle, because
/// columns are drawn centred. Ties keep the previous order, so the result is deterministic.
/// </summary>
public static class CrossingReduction
{
    public static void Sweep(List<List<MapNodeDto>> columns, ILookup<long, long> neighbours, int sweeps)
    {
        for (var sweep = 0; sweep < sweeps; sweep++)
        {
            var leftToRight = sweep % 2 == 0;
            for (var step = 1; step < columns.Count; step++)
            {
                var c = leftToRight ? step : columns.Count - 1 - step;
                var fixedColumn = columns[leftToRight ? c - 1 : c + 1];
                columns[c] = Reorder(columns[c], Positions(fixedColumn), neighbours);
            }
        }
    }

    private static Dictionary<long, double> Positions(List<MapNodeDto> column) =>
        column.Select((n, i) => (n.Item.Id, Position: i - ((column.Count - 1) / 2.0))).ToDictionary(p => p.Id, p => p.Position);

    private static List<MapNodeDto> Reorder(List<MapNodeDto> column, Dictionary<long, double> fixedPositions, ILookup<long, long> neighbours)
    {
        var own = Positions(column);
        return column.OrderBy(n => Barycentre(n.Item.Id, fixedPositions, neighbours) ?? own[n.Item.Id]).ThenBy(n => own[n.Item.Id]).ToList();
    }

    private static double? Barycentre(long id, Dictionary<long, double> fixedPositions, ILookup<long, long> neighbours)
    {
        var positions = neighbours[id].Where(fixedPositions.ContainsKey).Select(n => fixedPositions[n]).ToList();
        return positions.Count == 0 ? null : positions.Average();
    }
}
