using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Audit;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>One bar of a site's device counts.</summary>
public sealed record CountOf(string Label, int Count);

/// <summary>A prefix or VLAN assigned to a site, as the overview lists it.</summary>
public sealed record SiteNetwork(long Id, string Text, string? Description);

/// <summary>What the site page shows beyond the site's own fields; grouped counts, so a large site costs what a small one does.</summary>
public sealed record SiteSummary(
    IReadOnlyList<CountOf> DevicesByKind, IReadOnlyList<CountOf> DevicesByStatus, IReadOnlyList<SiteNetwork> Prefixes,
    int PrefixCount, IReadOnlyList<SiteNetwork> Vlans, int VlanCount);

public static class SiteOverview
{
    /// <summary>The overview lists this many prefixes and VLANs; the IPAM pages have the rest.</summary>
    public const int ListedNetworks = 20;

    public static async Task<SiteSummary> LoadAsync(WatchkeeperDb db, long organizationId, long siteId, CancellationToken ct)
    {
        var devices = db.Devices.AsNoTracking().Where(d => d.OrganizationId == organizationId && d.SiteId == siteId);
        var byKind = await devices.GroupBy(d => d.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byStatus = await devices.GroupBy(d => d.Item.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var prefixes = db.IpPrefixes.AsNoTracking().Where(p => p.OrganizationId == organizationId && p.SiteId == siteId);
        var vlans = db.Vlans.AsNoTracking().Where(v => v.OrganizationId == organizationId && v.SiteId == siteId);
        return new SiteSummary(
            byKind.OrderByDescending(k => k.Count).Select(k => new CountOf(k.Key.ToString(), k.Count)).ToList(),
            byStatus.OrderBy(s => s.Key).Select(s => new CountOf(s.Key.ToString(), s.Count)).ToList(),
            await prefixes.OrderBy(p => p.Cidr).Take(ListedNetworks).Select(p => new SiteNetwork(p.Id, p.Cidr, p.Description)).ToListAsync(ct),
            await prefixes.CountAsync(ct),
            (await vlans.OrderBy(v => v.Vid).Take(ListedNetworks).Select(v => new { v.Id, v.Vid, v.Name, v.Description }).ToListAsync(ct))
                .Select(v => new SiteNetwork(v.Id, $"{v.Vid} {v.Name}", v.Description)).ToList(),
            await vlans.CountAsync(ct));
    }

    /// <summary>The newest audit entries of the site, its locations and racks and the devices at it.</summary>
    public static async Task<IReadOnlyList<AuditEntryDto>> RecentChangesAsync(WatchkeeperDb db, long organizationId, long siteId, int count, CancellationToken ct)
    {
        var site = siteId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Subqueries rather than id lists, so a site with thousands of devices is still one indexed query.
        var racks = db.Racks.Where(r => r.OrganizationId == organizationId && r.SiteId == siteId).Select(r => r.Id.ToString());
        var locations = db.Locations.Where(l => l.OrganizationId == organizationId && l.SiteId == siteId).Select(l => l.Id.ToString());
        var devices = db.Devices.Where(d => d.OrganizationId == organizationId && d.SiteId == siteId).Select(d => d.Id.ToString());
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.OrganizationId == organizationId && ((e.ObjectType == "site" && e.ObjectId == site)
                || (e.ObjectType == "rack" && racks.Contains(e.ObjectId!))
                || (e.ObjectType == "location" && locations.Contains(e.ObjectId!))
                || ((e.ObjectType == "device" || e.ObjectType == "configuration_item") && devices.Contains(e.ObjectId!))))
            .OrderByDescending(e => e.Sequence).Take(count).ToListAsync(ct);
        return entries.Select(AuditEndpoints.ToDto).ToList();
    }

    /// <summary>The site's local time, or null when its time zone is unknown to this machine.</summary>
    public static DateTimeOffset? LocalTime(string timeZone, TimeProvider clock) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone) : null;
}
