using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>
/// The ends of some cables, named for display. Read in a second query after a page of cables or interfaces:
/// "the other end" is a correlated lookup that SQLite cannot run inside the page's own projection.
/// </summary>
public sealed record CableEndRow(long CableId, CableSide Side, long DeviceId, string DeviceName, long InterfaceId, string InterfaceName)
{
    public CableEndDto ToDto() => new(new NamedRef(DeviceId, DeviceName), new NamedRef(InterfaceId, InterfaceName));

    public CablePeer ToPeer() => new(CableId, new NamedRef(DeviceId, DeviceName), new NamedRef(InterfaceId, InterfaceName));

    public static Task<List<CableEndRow>> OfCablesAsync(WatchkeeperDb db, IReadOnlyCollection<long> cableIds, CancellationToken ct) =>
        db.CableEnds.AsNoTracking().Where(e => cableIds.Contains(e.CableId))
            .Select(e => new CableEndRow(e.CableId, e.Side, e.Interface.DeviceId, e.Interface.Device.Item.Name, e.InterfaceId, e.Interface.Name))
            .ToListAsync(ct);
}
