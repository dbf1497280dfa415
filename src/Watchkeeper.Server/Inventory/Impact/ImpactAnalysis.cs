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
            var takesDown = DownAlone(candidate, relevant).Where(id => id != candidate && graph[id].IsVital)
                .Select(id => graph[id].Ref).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
            if (takesDown.Count > 0)
            {
                found.Add(new SinglePointOfFailureDto(graph[candidate].Ref, takesDown));
            }
        }
        return [.. found.OrderByDescending(f => f.TakesDown.Count).ThenBy(f => f.Item.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// What is down when only <paramref name="failed"/> fails, following failure among <paramref name="within"/> alone.
    /// The same rules as <see cref="Spread"/> restricted to "down": degraded never makes anything down, so it need not
    /// be tracked, and a plain item goes down with its first failed need without looking at the others. That keeps a
    /// search over thousands of candidates to a visit per link reached. (A group with fewer members than its minimum,
    /// which the analysis calls down as soon as anything touches it, is down before anything fails: no single item is
    /// to blame for it, so it makes none a single point of failure here.)
    /// </summary>
    private HashSet<long> DownAlone(long failed, HashSet<long> within)
    {
        var down = new HashSet<long> { failed };
        var needsDown = new Dictionary<long, int>();
        var pending = new Stack<long>([failed]);
        while (pending.TryPop(out var next))
        {
            foreach (var to in graph.Affects[next].Select(l => l.To).Where(id => within.Contains(id) && !down.Contains(id)))
            {
                if (graph[to].MinimumHealthy is { } minimum)
                {
                    var count = needsDown[to] = needsDown.GetValueOrDefault(to) + 1;
                    if (graph.ReliesOn[to].Count() - count >= minimum)
                    {
                        continue;
                    }
                }
                down.Add(to);
                pending.Push(to);
            }
        }
        return down;
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
