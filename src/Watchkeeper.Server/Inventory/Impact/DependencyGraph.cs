using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Impact;

/// <summary>
/// What the impact graph knows of an item; <c>MinimumHealthy</c> is set for redundancy groups only,
/// <c>Tier</c> for business services only.
/// </summary>
public sealed record GraphItem(long Id, CiKind Kind, string Name, Criticality? Criticality, int? MinimumHealthy = null, int? Tier = null)
{
    public ItemRef Ref => new(Id, Kind, Name);

    public bool IsBusinessService => Kind == CiKind.BusinessService;

    /// <summary>A tier-1 or tier-2 business service: what a single point of failure is measured against.</summary>
    public bool IsVital => IsBusinessService && Tier is 1 or 2;
}

/// <summary>A relationship row as stored: the source relates to the target.</summary>
public sealed record GraphEdge(long SourceId, long TargetId, RelationshipType Type);

/// <summary>A link along which failure flows: <c>From</c> fails, so <c>To</c> is affected.</summary>
public sealed record FailureLink(long From, long To, RelationshipType Type);

/// <summary>
/// The organization's items and relationships in memory, turned into failure links: for
/// runs-on, hosted-in, depends-on and uses the target's failure flows to the source; for
/// member-of a redundancy group the member's failure flows to the group. Connected-to,
/// backed-up-by and member-of anything else carry no failure.
/// </summary>
public sealed class DependencyGraph
{
    private readonly Dictionary<long, GraphItem> items;

    public DependencyGraph(IEnumerable<GraphItem> items, IEnumerable<GraphEdge> edges)
    {
        this.items = items.ToDictionary(i => i.Id);
        var links = edges.Select(ToLink).OfType<FailureLink>().ToList();
        Affects = links.ToLookup(l => l.From);
        ReliesOn = links.ToLookup(l => l.To);
    }

    /// <summary>The links leaving an item: what its failure reaches directly.</summary>
    public ILookup<long, FailureLink> Affects { get; }

    /// <summary>The links arriving at an item: what it needs.</summary>
    public ILookup<long, FailureLink> ReliesOn { get; }

    public IEnumerable<GraphItem> Items => items.Values;

    public GraphItem? Find(long id) => items.GetValueOrDefault(id);

    public GraphItem this[long id] => items[id];

    public static bool CarriesFailure(RelationshipType type) =>
        type is RelationshipType.RunsOn or RelationshipType.HostedIn or RelationshipType.DependsOn or RelationshipType.Uses;

    private FailureLink? ToLink(GraphEdge edge)
    {
        if (!items.ContainsKey(edge.SourceId) || !items.TryGetValue(edge.TargetId, out var target))
        {
            return null;
        }
        if (CarriesFailure(edge.Type))
        {
            return new FailureLink(edge.TargetId, edge.SourceId, edge.Type);
        }
        return edge.Type == RelationshipType.MemberOf && target.MinimumHealthy is not null
            ? new FailureLink(edge.SourceId, edge.TargetId, edge.Type)
            : null;
    }
}
