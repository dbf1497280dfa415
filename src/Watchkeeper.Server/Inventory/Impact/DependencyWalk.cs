using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Impact;

/// <summary>
/// Breadth-first walks along failure links: downstream is what an item's failure reaches,
/// upstream is what it relies on. Each item is reported once, at its shortest depth, so
/// cycles end the walk rather than loop it.
/// </summary>
public sealed class DependencyWalk(DependencyGraph graph)
{
    public IReadOnlyList<WalkStepDto> Downstream(IEnumerable<long> starts, int maxDepth) =>
        Walk(starts, maxDepth, id => graph.Affects[id].Select(l => (Next: l.To, l.Type)));

    public IReadOnlyList<WalkStepDto> Upstream(IEnumerable<long> starts, int maxDepth) =>
        Walk(starts, maxDepth, id => graph.ReliesOn[id].Select(l => (Next: l.From, l.Type)));

    private List<WalkStepDto> Walk(IEnumerable<long> starts, int maxDepth, Func<long, IEnumerable<(long Next, RelationshipType Type)>> neighbours)
    {
        var frontier = starts.Where(id => graph.Find(id) is not null).ToList();
        var seen = frontier.ToHashSet();
        var steps = new List<WalkStepDto>();
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<long>();
            foreach (var from in frontier)
            {
                foreach (var (to, type) in neighbours(from).Where(n => seen.Add(n.Next)))
                {
                    steps.Add(new WalkStepDto(graph[to].Ref, depth, from, type));
                    next.Add(to);
                }
            }
            frontier = next;
        }
        return steps;
    }
}
