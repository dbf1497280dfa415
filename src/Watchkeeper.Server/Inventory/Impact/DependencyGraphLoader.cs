using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Impact;

/// <summary>
/// Loads an organization's impact graph: items, group minimums, business service tiers and the relationship rows that can
/// carry failure, each one plain scan joined in memory (a subquery per item would cost 100k lookups on a large estate).
/// Nothing else of the kind tables is read (ADR 6).
/// </summary>
public static class DependencyGraphLoader
{
    public static async Task<DependencyGraph> LoadAsync(WatchkeeperDb db, long organizationId, CancellationToken ct)
    {
        var minimums = await db.RedundancyGroups.AsNoTracking().Where(g => g.OrganizationId == organizationId)
            .ToDictionaryAsync(g => g.Id, g => g.MinimumHealthy, ct);
        var tiers = await db.Services.AsNoTracking().Where(s => s.OrganizationId == organizationId && s.Tier != null)
            .ToDictionaryAsync(s => s.Id, s => s.Tier, ct);
        var items = await db.ConfigurationItems.AsNoTracking().Where(i => i.OrganizationId == organizationId)
            .Select(i => new { i.Id, i.Kind, i.Name, i.Criticality }).ToListAsync(ct);
        var carrying = new[] { RelationshipType.RunsOn, RelationshipType.HostedIn, RelationshipType.DependsOn, RelationshipType.Uses, RelationshipType.MemberOf };
        var edges = await db.Relationships.AsNoTracking().Where(r => r.OrganizationId == organizationId && carrying.Contains(r.Type))
            .Select(r => new GraphEdge(r.SourceId, r.TargetId, r.Type)).ToListAsync(ct);
        var graphItems = items.Select(i => new GraphItem(i.Id, i.Kind, i.Name, i.Criticality,
            minimums.TryGetValue(i.Id, out var minimum) ? minimum : null, tiers.GetValueOrDefault(i.Id)));
        return new DependencyGraph(graphItems, edges);
    }
}
