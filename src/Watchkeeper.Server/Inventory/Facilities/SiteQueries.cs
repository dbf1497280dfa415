using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>How sites are read and filtered, by the API, the export and the pages alike.</summary>
public static class SiteQueries
{
    public static readonly Keyset<Site> Paging = new Keyset<Site>(s => s.Id, "name").Sortable("name", s => s.Name);

    public static Expression<Func<Site, SiteDto>> ToDto(WatchkeeperDb db) => s => new SiteDto(
        s.Id, s.Name, s.Address, s.TimeZone, s.Latitude, s.Longitude, s.Contacts, s.Description,
        db.Racks.Count(r => r.SiteId == s.Id), db.Devices.Count(d => d.SiteId == s.Id), s.Version);

    /// <summary>A time zone a site may be in: an IANA id the server knows, such as Europe/Berlin or UTC.</summary>
    public static bool IsTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    public static string NotATimeZone(string id) => $"'{id}' is not an IANA time zone; use a name like Europe/Berlin, America/New_York or UTC.";

    /// <summary>The filter's own rules, the same for the list and the export.</summary>
    public static void Check(SiteFilter filter, FieldErrors errors)
    {
        if (filter.TimeZone is { Length: > 0 } zone && !IsTimeZone(zone.Trim()))
        {
            errors.Add("timeZone", NotATimeZone(zone.Trim()));
        }
    }

    /// <summary><c>q</c> matches the name or the address anywhere, case-insensitively.</summary>
    public static IQueryable<Site> Filter(WatchkeeperDb db, long organizationId, SiteFilter filter, string? q)
    {
        var sites = db.Sites.AsNoTracking().Where(s => s.OrganizationId == organizationId);
        if (filter.TimeZone is { Length: > 0 } zone)
        {
            var id = zone.Trim();
            sites = sites.Where(s => s.TimeZone == id);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            sites = sites.Where(s => s.Name.ToUpper().Contains(text) || (s.Address != null && s.Address.ToUpper().Contains(text)));
        }
        return sites;
    }

    public static Task<SiteDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Sites.AsNoTracking().Where(s => s.Id == id && s.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);
}
