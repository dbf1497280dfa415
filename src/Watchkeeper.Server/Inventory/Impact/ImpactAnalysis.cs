using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Impact;

/// <summary>
/// What the failure of some items does to the rest. An item is down when something it relies
/// on is down, degraded when something it relies on is degraded; a redundancy group is down when
/// fewer than its minimum of members work, degraded when any member is not fully up. States only
/// ever get worse while failure spreads, so every item changes at most twice and cycles end.
/// </summary>
public sealed class ImpactAnalysis(DependencyGraph graph)
{
    /// <param name="failedIds">The items assumed failed.</param>
    /// <param name="listed">How many affected items to list, worst first; the counts and the business services are always whole.</param>
    public ImpactDto Analyze(IEnumerable<long> failedIds, int listed = int.MaxValue)
    {
        var failed = failedIds.Where(id => graph.Find(id) is not null).ToHashSet();
        var affected = Spread(failed).Where(s => !failed.Contains(s.Key)).Select(s => (Item: graph[s.Key], State: s.Value)).ToList();
        // OrderBy followed by Take selects the first few without sorting them all.
        var items = affected.OrderByDescending(a => a.State).ThenByDescending(a => a.Item.Criticality).ThenBy(a => a.Item.Name, StringComparer.Ordinal)
            .Take(listed).Select(a => new ImpactedItemDto(a.Item.Ref, a.Item.Criticality, a.State)).ToList();
        var services = affected.Where(a => a.Item.IsBusinessService)
            .OrderByDescending(a => a.State).ThenBy(a => a.Item.Tier ?? 5).ThenBy(a => a.Item.Name, StringComparer.Ordinal)
            .Select(a => new ImpactedServiceDto(a.Item.Ref, a.Item.Tier, a.State)).ToList();
        return new ImpactDto([.. failed.Select(id => graph[id].Ref)], items, services, affected.Count, affected.Count(a => a.State == ImpactState.Down));
    }

    /// <summary>
    /// Items whose loss alone takes down a tier-1 or tier-2 business service other than themselves.
    /// Only those services and what they rely on, directly or not, can do that, so only they are
    /// tried, and failure is followed only among them; groups are not tried, as a group fails only
    /// through its members.
    /// </summary>
    public IReadOnlyList<SinglePointOfFailureDto> SinglePointsOfFailure()
    {
        var vital = graph.Items.Where(i => i.IsVital).Select(i => i.Id).ToList();
        var relevant = new DependencyWalk(graph).Upstream(vital, int.MaxValue).Select(s => s.Item.Id).Concat(vital).ToHashSet();
        var found = new List<SinglePointOfFailureDto>();
        foreach (var candidate in relevant.Where(id => graph[id].MinimumHealthy is null))
        {
            var takesDown = Spread(new HashSet<long> { candidate }, relevant)
                .Where(s => s.Value == ImpactState.Down && s.Key != candidate && graph[s.Key].IsVital)
                .Select(s => graph[s.Key].Ref).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
            if (takesDown.Count > 0)
            {
                found.Add(new SinglePointOfFailureDto(graph[candidate].Ref, takesDown));
            }
        }
        return [.. found.OrderByDescending(f => f.TakesDown.Count).ThenBy(f => f.Item.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Follows failure from <paramref name="failed"/>, among <paramref name="within"/> only when given. Each item is
    /// passed on at most twice (degraded, then down), and each pass costs only the links leaving it: a plain item takes
    /// the worst state that reaches it, and a group counts the needs that went down instead of re-reading them all.
    /// </summary>
    private Dictionary<long, ImpactState> Spread(IReadOnlySet<long> failed, HashSet<long>? within = null)
    {
        var states = failed.ToDictionary(id => id, _ => ImpactState.Down);
        var passedOn = new Dictionary<long, ImpactState>();
        var needsDown = new Dictionary<long, int>();
        var pending = new Queue<long>(failed);
        while (pending.TryDequeue(out var changed))
        {
            var state = states[changed];
            if (passedOn.TryGetValue(changed, out var passed) && passed == state)
            {
                continue;
            }
            passedOn[changed] = state;
            foreach (var to in graph.Affects[changed].Select(l => l.To).Where(id => within?.Contains(id) ?? true))
            {
                var reached = graph[to].MinimumHealthy is { } minimum ? GroupState(to, minimum, state, needsDown) : state;
                if (!states.TryGetValue(to, out var was) || reached > was)
                {
                    states[to] = reached;
                    pending.Enqueue(to);
                }
            }
        }
        return states;
    }

    /// <summary>A group is down when fewer than its minimum of needs still work, degraded while any need is hurt.</summary>
    private ImpactState GroupState(long group, int minimum, ImpactState need, Dictionary<long, int> needsDown)
    {
        var down = needsDown.GetValueOrDefault(group) + (need == ImpactState.Down ? 1 : 0);
        needsDown[group] = down;
        return graph.ReliesOn[group].Count() - down < minimum ? ImpactState.Down : ImpactState.Degraded;
    }
}
