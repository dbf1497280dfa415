using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>Finds whether one device already draws power through another, so a new cord cannot close a loop.</summary>
public static class PowerLoops
{
    /// <summary>True when <paramref name="downstreamId"/> draws power, directly or through a chain, from <paramref name="supplierId"/>.</summary>
    public static async Task<bool> SuppliesAsync(WatchkeeperDb db, long organizationId, long supplierId, long downstreamId, CancellationToken ct)
    {
        // Only device-to-device cords can form a loop; an organization has few of them, so one read and a walk in memory.
        var edges = (await db.PowerConnections.AsNoTracking()
                .Where(c => c.OrganizationId == organizationId && c.UpstreamDeviceId != null)
                .Select(c => new { Upstream = c.UpstreamDeviceId!.Value, c.DeviceId })
                .ToListAsync(ct))
            .ToLookup(e => e.Upstream, e => e.DeviceId);
        var seen = new HashSet<long> { supplierId };
        var queue = new Queue<long>([supplierId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in edges[current])
            {
                if (next == downstreamId)
                {
                    return true;
                }
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return false;
    }
}
