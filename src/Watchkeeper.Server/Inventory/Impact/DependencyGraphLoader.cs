using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Impact;

/// <summary>
/// Loads an organization's impact graph in two queries: items (with a group's minimum and a business service's tier) and the
/// relationship rows that can carry failure. Nothing of the kind tables is read (ADR 6).
/// </summary>
public static class DependencyGraphLoader
{
    public static async Task<DependencyGraph> LoadAsync(WatchkeeperDb db, long organizationId, CancellationToken ct)
    {
        var items = await db.ConfigurationItems.AsNoTracking().Where(i => i.OrganizationId == organizationId)
            .Select(i => new GraphItem(i.Id, i.Kind, i.Name, i.Criticality,
                db.RedundancyGroups.Where(g => g.Id == i.Id).Select(g => (int?)g.MinimumHealthy).FirstOrDefault(),
                db.Services.Where(s => s.Id == i.Id).Select(s => s.Tier).FirstOrDefault()))
            .ToListAsync(ct);
        var carrying = new[] { RelationshipType.RunsOn, RelationshipType.HostedIn, RelationshipType.DependsOn, RelationshipType.Uses, RelationshipType.MemberOf };
        var edges = await db.Relationships.AsNoTracking().Where(r => r.OrganizationId == organizationId && carrying.Contains(r.Type))
            .Select(r => new GraphEdge(r.SourceId, r.TargetId, r.Type)).ToListAsync(ct);
        return new DependencyGraph(items, edges);
    }
}
