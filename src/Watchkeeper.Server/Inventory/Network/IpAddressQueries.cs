using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>How addresses are read and filtered, by the API, the export and the pages alike.</summary>
public static class IpAddressQueries
{
    public static readonly Keyset<IpAddress> Paging = new Keyset<IpAddress>(a => a.Id, "address").Sortable("address", a => a.Key).Sortable("dnsName", a => a.DnsName);

    public static readonly Expression<Func<IpAddress, IpAddressDto>> ToDto = a => new IpAddressDto(
        a.Id, a.Text, a.Family, a.VrfId, a.Status, a.DnsName, a.ItemId, a.Item == null ? null : a.Item.Name, a.Description, a.Version);

    /// <summary>
    /// <c>q</c> matches an address exactly (in any spelling), the beginning of an address as it is written ("10.20.3."),
    /// or a DNS name anywhere; <paramref name="within"/> is the filter's <c>within</c> already parsed.
    /// </summary>
    public static IQueryable<IpAddress> Filter(WatchkeeperDb db, long organizationId, IpAddressFilter filter, IpBlock? within, string? q)
    {
        var addresses = db.IpAddresses.AsNoTracking().Where(a => a.OrganizationId == organizationId);
        addresses = filter.VrfId is { } vrf ? addresses.Where(a => a.VrfScope == vrf) : addresses;
        addresses = filter.Family is { } family ? addresses.Where(a => a.Family == family) : addresses;
        addresses = filter.ItemId is { } item ? addresses.Where(a => a.ItemId == item) : addresses;
        addresses = filter.Status is { } status ? addresses.Where(a => a.Status == status) : addresses;
        if (within is { } block)
        {
            var (start, end) = (block.StartKey, block.EndKey);
            addresses = addresses.Where(a => a.Family == block.Family && string.Compare(a.Key, start) >= 0 && string.Compare(a.Key, end) <= 0);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLowerInvariant();
            // A whole address finds that address only; the beginning of one finds every address it starts.
            if (IpBlock.TryParseAddress(text, out var written, out var value))
            {
                var key = IpBlock.Key(value);
                addresses = addresses.Where(a => (a.Family == written && a.Key == key) || (a.DnsName != null && a.DnsName.Contains(text)));
            }
            else
            {
                addresses = addresses.Where(a => a.Text.StartsWith(text) || (a.DnsName != null && a.DnsName.Contains(text)));
            }
        }
        return addresses;
    }

    public static Task<IpAddressDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.IpAddresses.AsNoTracking().Where(a => a.Id == id && a.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
}
