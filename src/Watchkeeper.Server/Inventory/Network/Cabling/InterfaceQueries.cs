using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>How interfaces are read, by the API and the pages alike.</summary>
public static class InterfaceQueries
{
    public static readonly Keyset<DeviceInterface> Paging = new Keyset<DeviceInterface>(i => i.Id, "name").Sortable("name", i => i.Name);

    private static readonly Expression<Func<DeviceInterface, InterfaceDto>> ToDto = i => new InterfaceDto(
        i.Id, new NamedRef(i.DeviceId, i.Device.Item.Name), i.Name, i.Kind, i.SpeedMbps, i.MacAddress, i.Enabled, i.ManagementOnly, i.Description,
        i.Lag == null ? null : new NamedRef(i.Lag.Id, i.Lag.Name), null, i.Version);

    /// <summary><c>q</c> matches a name anywhere or a MAC address in any spelling.</summary>
    public static IQueryable<DeviceInterface> Filter(WatchkeeperDb db, long organizationId, InterfaceFilter filter, string? q)
    {
        var interfaces = db.Interfaces.AsNoTracking().Where(i => i.OrganizationId == organizationId);
        if (filter.DeviceId is { } deviceId)
        {
            interfaces = interfaces.Where(i => i.DeviceId == deviceId);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var mac = MacAddress.Normalize(q).Value;
            var name = q.Trim().ToUpperInvariant();
            interfaces = interfaces.Where(i => i.Name.ToUpper().Contains(name) || (mac != null && i.MacAddress == mac));
        }
        return interfaces;
    }

    public static async Task<Page<InterfaceDto>> PageAsync(WatchkeeperDb db, IQueryable<DeviceInterface> interfaces, ListQuery query, CancellationToken ct)
    {
        var page = await Paging.PageAsync(interfaces, query, ToDto, ct);
        return page with { Items = await WithPeersAsync(db, page.Items, ct) };
    }

    public static async Task<InterfaceDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct)
    {
        var found = await db.Interfaces.AsNoTracking().Where(i => i.Id == id && i.OrganizationId == organizationId).Select(ToDto).ToListAsync(ct);
        return (await WithPeersAsync(db, found, ct)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<InterfaceDto>> WithPeersAsync(WatchkeeperDb db, IReadOnlyList<InterfaceDto> interfaces, CancellationToken ct)
    {
        var ids = interfaces.Select(i => i.Id).ToList();
        var cableIds = await db.CableEnds.AsNoTracking().Where(e => ids.Contains(e.InterfaceId)).Select(e => e.CableId).ToListAsync(ct);
        var ends = await CableEndRow.OfCablesAsync(db, cableIds, ct);
        var peers = ends.Join(ends, e => e.CableId, p => p.CableId, (e, p) => (e, p)).Where(x => x.e.InterfaceId != x.p.InterfaceId)
            .ToDictionary(x => x.e.InterfaceId, x => x.p.ToPeer());
        return interfaces.Select(i => i with { Peer = peers.GetValueOrDefault(i.Id) }).ToList();
    }
}
