using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Map;

/// <summary>
/// Reads the neighbourhood of an item level by level, so a map costs a few indexed queries however large the estate.
/// Upstream is what an item needs: the target of its relationships, except that a redundancy group needs its members
/// (member-of points the other way). Each item appears once, at its shortest distance; upstream wins a tie.
/// </summary>
public static class DependencyMapLoader
{
    public const int MaxDepth = 5;
    public const int MaxNodes = 1000;

    private sealed record Link(long SourceId, long TargetId, RelationshipType Type, bool TargetIsGroup)
    {
        public long Dependent => Type == RelationshipType.MemberOf && TargetIsGroup ? TargetId : SourceId;

        public long Dependency => Dependent == SourceId ? TargetId : SourceId;
    }

    public static async Task<DependencyMapDto?> LoadAsync(WatchkeeperDb db, long organizationId, long centreId, int depth, IReadOnlyCollection<RelationshipType> types, CancellationToken ct)
    {
        if (!await db.ConfigurationItems.AnyAsync(i => i.Id == centreId && i.OrganizationId == organizationId, ct))
        {
            return null;
        }
        var distances = new Dictionary<long, int> { [centreId] = 0 };
        var (upstream, downstream, truncated) = (new List<long> { centreId }, new List<long> { centreId }, false);
        for (var level = 1; level <= depth && !truncated; level++)
        {
            (upstream, truncated) = await StepAsync(db, organizationId, upstream, types, -level, distances, ct);
            (downstream, var full) = await StepAsync(db, organizationId, downstream, types, level, distances, ct);
            truncated |= full;
        }
        var ids = distances.Keys.ToList();
        var nodes = await db.ConfigurationItems.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new
            {
                Item = new ItemRef(i.Id, i.Kind, i.Name),
                DeviceKind = db.Devices.Where(d => d.Id == i.Id).Select(d => (DeviceKind?)d.Kind).FirstOrDefault(),
                Minimum = db.RedundancyGroups.Where(g => g.Id == i.Id).Select(g => (int?)g.MinimumHealthy).FirstOrDefault(),
            }).ToListAsync(ct);
        var edges = await db.Relationships.AsNoTracking()
            .Where(r => ids.Contains(r.SourceId) && ids.Contains(r.TargetId) && types.Contains(r.Type))
            .OrderBy(r => r.Id).Select(r => new MapEdgeDto(r.SourceId, r.TargetId, r.Type)).ToListAsync(ct);
        var ordered = nodes.Select(n => new MapNodeDto(n.Item, distances[n.Item.Id], n.DeviceKind, n.Minimum))
            .OrderBy(n => n.Distance != 0).ThenBy(n => n.Distance).ThenBy(n => n.Item.Name, StringComparer.Ordinal).ToList();
        return new DependencyMapDto(centreId, depth, ordered, edges, truncated);
    }

    /// <summary>One level of the walk; <paramref name="distance"/> is negative upstream.</summary>
    /// <returns>The items reached, and true when the node limit stopped the walk.</returns>
    private static async Task<(List<long> Reached, bool Full)> StepAsync(WatchkeeperDb db, long organizationId, List<long> frontier,
        IReadOnlyCollection<RelationshipType> types, int distance, Dictionary<long, int> distances, CancellationToken ct)
    {
        var next = new List<long>();
        if (frontier.Count == 0)
        {
            return (next, false);
        }
        var links = await db.Relationships.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && types.Contains(r.Type) && (frontier.Contains(r.SourceId) || frontier.Contains(r.TargetId)))
            .OrderBy(r => r.Id).Select(r => new Link(r.SourceId, r.TargetId, r.Type, r.Target.Kind == CiKind.RedundancyGroup)).ToListAsync(ct);
        var from = frontier.ToHashSet();
        foreach (var link in links)
        {
            var (near, far) = distance < 0 ? (link.Dependent, link.Dependency) : (link.Dependency, link.Dependent);
            if (!from.Contains(near) || distances.ContainsKey(far))
            {
                continue;
            }
            if (distances.Count >= MaxNodes)
            {
                return (next, true);
            }
            distances[far] = distance;
            next.Add(far);
        }
        return (next, false);
    }
}
