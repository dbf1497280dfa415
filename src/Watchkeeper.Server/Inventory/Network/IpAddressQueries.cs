using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>How addresses are read, by the API and the pages alike.</summary>
public static class IpAddressQueries
{
    /// <summary>List filters: <c>vrfId</c> (0 is the global table), <c>family</c>, <c>itemId</c>, <c>within</c> a prefix, and <c>status</c>.</summary>
    public sealed record IpAddressFilter(long? VrfId = null, IpFamily? Family = null, long? ItemId = null, string? Within = null, IpAddressStatus? Status = null);

    public static readonly Keyset<IpAddress> Paging = new Keyset<IpAddress>(a => a.Id, "address").Sortable("address", a => a.Key).Sortable("dnsName", a => a.DnsName);

    public static readonly Expression<Func<IpAddress, IpAddressDto>> ToDto = a => new IpAddressDto(
        a.Id, a.Text, a.Family, a.VrfId, a.Status, a.DnsName, a.ItemId, a.Item == null ? null : a.Item.Name, a.Description, a.Version);

    /// <summary><c>q</c> matches an address exactly (in any spelling) or a DNS name anywhere.</summary>
    public static IQueryable<IpAddress> Filter(WatchkeeperDb db, long organizationId, IpAddressFilter filter, IpBlock? within, string? q)
    {
        var addresses = db.IpAddresses.AsNoTracking().Where(a => a.OrganizationId == organizationId);
        if (filter.VrfId is not null)
        {
            addresses = addresses.Where(a => a.VrfScope == filter.VrfId);
        }
        if (filter.Family is not null)
        {
            addresses = addresses.Where(a => a.Family == filter.Family);
        }
        if (filter.ItemId is not null)
        {
            addresses = addresses.Where(a => a.ItemId == filter.ItemId);
        }
        if (filter.Status is not null)
        {
            addresses = addresses.Where(a => a.Status == filter.Status);
        }
        if (within is { } block)
        {
            var (start, end) = (block.StartKey, block.EndKey);
            addresses = addresses.Where(a => a.Family == block.Family && string.Compare(a.Key, start) >= 0 && string.Compare(a.Key, end) <= 0);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLowerInvariant();
            var key = IpBlock.TryParseAddress(q.Trim(), out _, out var value) ? IpBlock.Key(value) : null;
            addresses = addresses.Where(a => a.Key == key || (a.DnsName != null && a.DnsName.Contains(text)));
        }
        return addresses;
    }

    public static Task<IpAddressDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.IpAddresses.AsNoTracking().Where(a => a.Id == id && a.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
}
