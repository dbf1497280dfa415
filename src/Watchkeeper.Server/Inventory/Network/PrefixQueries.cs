using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>How prefixes are read and filtered, by the API, the export and the pages alike.</summary>
public static class PrefixQueries
{
    public static readonly Keyset<IpPrefix> Paging = new Keyset<IpPrefix>(p => p.Id, "prefix").Sortable("prefix", p => p.StartKey).Sortable("length", p => p.Length);

    public static Expression<Func<IpPrefix, PrefixDto>> ToDto(WatchkeeperDb db) => p => new PrefixDto(
        p.Id, p.Cidr, p.Family, p.Length, p.VrfId, p.SiteId, p.Status, p.Description,
        db.IpPrefixes.Where(o => o.OrganizationId == p.OrganizationId && o.VrfScope == p.VrfScope && o.Family == p.Family
                && o.Length < p.Length && string.Compare(o.StartKey, p.StartKey) <= 0 && string.Compare(o.EndKey, p.EndKey) >= 0)
            .OrderByDescending(o => o.Length).Select(o => (long?)o.Id).FirstOrDefault(),
        p.Version);

    /// <summary>The prefixes strictly inside <paramref name="outer"/>, in its organization and VRF.</summary>
    public static IQueryable<IpPrefix> Inside(IQueryable<IpPrefix> prefixes, IpPrefix outer) =>
        Within(prefixes.Where(p => p.OrganizationId == outer.OrganizationId && p.VrfScope == outer.VrfScope), BlockOf(outer));

    private static IQueryable<IpPrefix> Within(IQueryable<IpPrefix> prefixes, IpBlock block) =>
        prefixes.Where(p => p.Family == block.Family && p.Length > block.Length
            && string.Compare(p.StartKey, block.StartKey) >= 0 && string.Compare(p.EndKey, block.EndKey) <= 0);

    /// <summary>The addresses inside <paramref name="outer"/>, in its organization and VRF.</summary>
    public static IQueryable<IpAddress> AddressesInside(IQueryable<IpAddress> addresses, IpPrefix outer)
    {
        var (start, end) = (outer.StartKey, outer.EndKey);
        return addresses.Where(a => a.OrganizationId == outer.OrganizationId && a.VrfScope == outer.VrfScope && a.Family == outer.Family
            && string.Compare(a.Key, start) >= 0 && string.Compare(a.Key, end) <= 0);
    }

    /// <summary>
    /// <c>q</c> matches the prefix text or the description anywhere, case-insensitively; <paramref name="within"/> is the
    /// filter's <c>within</c> already parsed (callers report a bad one as a field error first).
    /// </summary>
    public static IQueryable<IpPrefix> Filter(WatchkeeperDb db, long organizationId, PrefixFilter filter, IpBlock? within, string? q)
    {
        var prefixes = db.IpPrefixes.AsNoTracking().Where(p => p.OrganizationId == organizationId);
        prefixes = filter.VrfId is { } vrf ? prefixes.Where(p => p.VrfScope == vrf) : prefixes;
        prefixes = filter.Family is { } family ? prefixes.Where(p => p.Family == family) : prefixes;
        prefixes = filter.SiteId is { } site ? prefixes.Where(p => p.SiteId == site) : prefixes;
        prefixes = filter.Status is { } status ? prefixes.Where(p => p.Status == status) : prefixes;
        prefixes = within is { } block ? Within(prefixes, block) : prefixes;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            prefixes = prefixes.Where(p => p.Cidr.ToUpper().Contains(text) || (p.Description != null && p.Description.ToUpper().Contains(text)));
        }
        return prefixes;
    }

    public static Task<PrefixDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.IpPrefixes.AsNoTracking().Where(p => p.Id == id && p.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);

    public static IpBlock BlockOf(IpPrefix prefix) => new(prefix.Family, IpBlock.FromKey(prefix.StartKey), prefix.Length);
}
