using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>A site's panels with their feeds and loads, in one read for the site page.</summary>
public static class SitePower
{
    /// <summary>Null when the organization has no such site.</summary>
    public static async Task<IReadOnlyList<SitePowerPanelDto>?> LoadAsync(WatchkeeperDb db, long organizationId, long siteId, CancellationToken ct)
    {
        if (!await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == organizationId, ct))
        {
            return null;
        }
        var panels = await PowerPanelQueries.Filter(db, organizationId, siteId, null).OrderBy(p => p.Name).Select(PowerPanelQueries.ToDto(db)).ToListAsync(ct);
        var rows = await PowerFeedQueries.Filter(db, organizationId, null, siteId, null).OrderBy(f => f.Name).Select(PowerFeedQueries.ToDto).ToListAsync(ct);
        var feeds = (await PowerFeedQueries.WithLoadAsync(db, organizationId, rows, ct)).ToLookup(f => f.PanelId);
        return panels.Select(p => new SitePowerPanelDto(p, feeds[p.Id].ToList())).ToList();
    }
}
