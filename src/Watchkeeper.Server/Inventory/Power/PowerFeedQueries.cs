using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>How feeds are read, by the API and the pages alike.</summary>
public static class PowerFeedQueries
{
    public static readonly Keyset<PowerFeed> Paging = new Keyset<PowerFeed>(f => f.Id, "name").Sortable("name", f => f.Name);

    /// <summary>The load is left null and filled in afterwards (<see cref="WithLoadAsync"/>): it needs the organization's power graph.</summary>
    public static readonly Expression<Func<PowerFeed, PowerFeedDto>> ToDto = f => new PowerFeedDto(
        f.Id, f.PanelId, f.Panel.Name, f.Panel.SiteId, f.Name, f.Status, f.Type, f.Supply, f.Phase, f.Voltage, f.Amperage, f.MaxUtilizationPercent,
        f.Rack == null ? null : new NamedRef(f.Rack.Id, f.Rack.Name), f.Notes, null!, f.Version);

    public static IQueryable<PowerFeed> Filter(WatchkeeperDb db, long organizationId, long? panelId, long? siteId, string? q)
    {
        var feeds = db.PowerFeeds.AsNoTracking().Where(f => f.OrganizationId == organizationId);
        if (panelId is not null)
        {
            feeds = feeds.Where(f => f.PanelId == panelId);
        }
        if (siteId is not null)
        {
            feeds = feeds.Where(f => f.Panel.SiteId == siteId);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            feeds = feeds.Where(f => f.Name.ToUpper().Contains(text));
        }
        return feeds;
    }

    public static async Task<PowerFeedDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct)
    {
        var feed = await db.PowerFeeds.AsNoTracking().Where(f => f.Id == id && f.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
        return feed is null ? null : (await WithLoadAsync(db, organizationId, [feed], ct))[0];
    }

    public static async Task<IReadOnlyList<PowerFeedDto>> WithLoadAsync(WatchkeeperDb db, long organizationId, IReadOnlyList<PowerFeedDto> feeds, CancellationToken ct)
    {
        if (feeds.Count == 0)
        {
            return feeds;
        }
        var graph = await PowerGraphLoader.LoadAsync(db, organizationId, ct);
        var power = new PowerLoad(graph);
        return feeds.Select(f => f with { Load = power.ToDto(graph, PowerSource.Feed(f.Id), Capacity(f)) }).ToList();
    }

    public static int Capacity(PowerFeedDto feed) => PowerCapacity.Watts(feed.Phase, feed.Voltage, feed.Amperage, feed.MaxUtilizationPercent);
}
