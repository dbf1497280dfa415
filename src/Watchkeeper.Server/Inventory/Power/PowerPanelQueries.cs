using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>How panels are read, by the API and the pages alike.</summary>
public static class PowerPanelQueries
{
    public static readonly Keyset<PowerPanel> Paging = new Keyset<PowerPanel>(p => p.Id, "name").Sortable("name", p => p.Name);

    public static Expression<Func<PowerPanel, PowerPanelDto>> ToDto(WatchkeeperDb db) => p => new PowerPanelDto(
        p.Id, p.SiteId, p.Site.Name, p.LocationId, p.Name, p.Notes, db.PowerFeeds.Count(f => f.PanelId == p.Id), p.Version);

    public static IQueryable<PowerPanel> Filter(WatchkeeperDb db, long organizationId, long? siteId, string? q)
    {
        var panels = db.PowerPanels.AsNoTracking().Where(p => p.OrganizationId == organizationId);
        if (siteId is not null)
        {
            panels = panels.Where(p => p.SiteId == siteId);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            panels = panels.Where(p => p.Name.ToUpper().Contains(text));
        }
        return panels;
    }

    public static Task<PowerPanelDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.PowerPanels.AsNoTracking().Where(p => p.Id == id && p.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);
}
