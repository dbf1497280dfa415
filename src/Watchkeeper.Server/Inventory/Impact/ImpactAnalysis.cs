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
    public ImpactDto Analyze(IEnumerable<long> failedIds)
    {
        var failed = failedIds.Where(id => graph.Find(id) is not null).ToHashSet();
        var affected = Spread(failed).Where(s => !failed.Contains(s.Key)).Select(s => (Item: graph[s.Key], State: s.Value)).ToList();
        var items = affected.OrderByDescending(a => a.State).ThenByDescending(a => a.Item.Criticality).ThenBy(a => a.Item.Name, StringComparer.Ordinal)
            .Select(a => new ImpactedItemDto(a.Item.Ref, a.Item.Criticality, a.State)).ToList();
        var services = affected.Where(a => a.Item.IsBusinessService)
            .OrderByDescending(a => a.State).ThenBy(a => a.Item.Tier ?? 5).ThenBy(a => a.Item.Name, StringComparer.Ordinal)
            .Select(a => new ImpactedServiceDto(a.Item.Ref, a.Item.Tier, a.State)).ToList();
        return new ImpactDto([.. failed.Select(id => graph[id].Ref)], items, services);
    }

    /// <summary>
    /// Items whose loss alone takes down a tier-1 or tier-2 business service other than themselves.
    /// Only those services and what they rely on, directly or not, can do that, so only they are
    /// tried; groups are not tried, as a group fails only through its members.
    /// </summary>
    public IReadOnlyList<SinglePointOfFailureDto> SinglePointsOfFailure()
    {
        var vital = graph.Items.Where(i => i.IsVital).Select(i => i.Id).ToList();
        var candidates = new DependencyWalk(graph).Upstream(vital, int.MaxValue).Select(s => s.Item.Id)
            .Concat(vital).Where(id => graph[id].MinimumHealthy is null);
        var found = new List<SinglePointOfFailureDto>();
        foreach (var candidate in candidates)
        {
            var takesDown = Spread(new HashSet<long> { candidate }).Where(s => s.Value == ImpactState.Down && s.Key != candidate && graph[s.Key].IsVital)
                .Select(s => graph[s.Key].Ref).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
            if (takesDown.Count > 0)
            {
                found.Add(new SinglePointOfFailureDto(graph[candidate].Ref, takesDown));
            }
        }
        return [.. found.OrderByDescending(f => f.TakesDown.Count).ThenBy(f => f.Item.Name, StringComparer.Ordinal)];
    }

    private Dictionary<long, ImpactState> Spread(IReadOnlySet<long> failed)
    {
        var states = failed.ToDictionary(id => id, _ => ImpactState.Down);
        var pending = new Queue<long>(failed);
        while (pending.TryDequeue(out var changed))
        {
            foreach (var link in graph.Affects[changed])
            {
                var state = StateOf(link.To, states);
                if (state is { } worse && (!states.TryGetValue(link.To, out var was) || worse > was))
                {
                    states[link.To] = worse;
                    pending.Enqueue(link.To);
                }
            }
        }
        return states;
    }

    private ImpactState? StateOf(long id, Dictionary<long, ImpactState> states)
    {
        var needs = graph.ReliesOn[id].Select(l => states.TryGetValue(l.From, out var s) ? s : (ImpactState?)null).ToList();
        if (graph[id].MinimumHealthy is not { } minimum)
        {
            return needs.Max();
        }
        var working = needs.Count(s => s != ImpactState.Down);
        return working < minimum ? ImpactState.Down : needs.Any(s => s is not null) ? ImpactState.Degraded : null;
    }
}
