using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Devices;

namespace Watchkeeper.Server.Inventory.Discovery.Findings;

/// <summary>
/// Cables from LLDP: a neighbour pair is proposed when both ends are interfaces of known devices (the local
/// port by its name, the neighbour by its system name and port id) and neither end is cabled yet.
/// </summary>
public sealed class CableProposals(WatchkeeperDb db, DeviceMatcher matcher)
{
    public async Task<List<ProposedCable>> ForAsync(Device device, HostObservation host, CancellationToken ct)
    {
        var cables = new List<ProposedCable>();
        foreach (var neighbour in host.Neighbours)
        {
            var peer = await matcher.ByNameAsync(neighbour.SystemName, ct);
            if (peer is null || peer.Id == device.Id || neighbour.LocalPort is null || neighbour.PortId is null)
            {
                continue;
            }
            var a = await FreePortAsync(device, neighbour.LocalPort, ct);
            var b = await FreePortAsync(peer, neighbour.PortId, ct);
            if (a is not null && b is not null)
            {
                cables.Add(new ProposedCable(a, b));
            }
        }
        return cables;
    }

    private async Task<CableEndRef?> FreePortAsync(Device device, string name, CancellationToken ct) =>
        await db.Interfaces.AsNoTracking()
            .Where(i => i.DeviceId == device.Id && i.Name == name && i.CableEnd == null
                        && i.Kind != InterfaceKind.Virtual && i.Kind != InterfaceKind.Lag && i.Kind != InterfaceKind.Wireless)
            .Select(i => new CableEndRef(device.Id, device.Item.Name, i.Id, i.Name))
            .FirstOrDefaultAsync(ct);
}
