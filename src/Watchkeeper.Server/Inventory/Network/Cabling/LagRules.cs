using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>Link aggregation: members are ports of the LAG's own device, and a LAG is never itself a member.</summary>
public sealed class LagRules(WatchkeeperDb db)
{
    public async Task CheckAsync(DeviceInterface iface, InterfaceRequest request, FieldErrors errors, CancellationToken ct)
    {
        if (request.LagId is { } lagId)
        {
            var lag = await db.Interfaces.Where(i => i.Id == lagId && i.OrganizationId == iface.OrganizationId)
                .Select(i => new { i.DeviceId, i.Kind }).SingleOrDefaultAsync(ct);
            if (request.Kind == InterfaceKind.Lag)
            {
                errors.Add("lagId", "A LAG cannot be a member of another LAG.");
            }
            else if (lag is null || lag.DeviceId != request.DeviceId || lagId == iface.Id)
            {
                errors.Add("lagId", "The LAG must be another interface of the same device.");
            }
            else if (lag.Kind != InterfaceKind.Lag)
            {
                errors.Add("lagId", "That interface is not a LAG; set its kind to LAG first.");
            }
        }
        if (iface.Kind == InterfaceKind.Lag && request.Kind != InterfaceKind.Lag && iface.Id != 0
            && await db.Interfaces.CountAsync(i => i.LagId == iface.Id, ct) is > 0 and var members)
        {
            errors.Add("kind", $"The LAG still has {members} member(s); remove them from it before changing its kind.");
        }
    }
}
