using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>Reads an organization's power cords and the devices on them, in two queries whatever the estate's size.</summary>
public static class PowerGraphLoader
{
    public static async Task<PowerGraph> LoadAsync(WatchkeeperDb db, long organizationId, CancellationToken ct)
    {
        var connections = db.PowerConnections.AsNoTracking().Where(c => c.OrganizationId == organizationId);
        var cords = await connections
            .Select(c => new { c.Id, c.DeviceId, c.FeedId, c.UpstreamDeviceId, c.Label })
            .ToListAsync(ct);
        var devices = await db.Devices.AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && (connections.Any(c => c.DeviceId == d.Id) || connections.Any(c => c.UpstreamDeviceId == d.Id)))
            .Select(d => new PoweredDevice(d.Id, d.Item.Name, d.Kind, d.DeviceType!.PowerDrawWatts, d.DeviceType.MaxOutputWatts))
            .ToListAsync(ct);
        return new PowerGraph(
            cords.Select(c => new PowerCord(c.Id, c.DeviceId, c.FeedId is { } feed ? PowerSource.Feed(feed) : PowerSource.Device(c.UpstreamDeviceId!.Value), c.Label)).ToList(),
            devices.ToDictionary(d => d.Id));
    }
}
