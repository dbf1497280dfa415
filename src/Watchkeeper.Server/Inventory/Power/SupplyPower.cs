using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>What a feed or a device has to do with power: the feed page and the device panel read it here.</summary>
public static class SupplyPower
{
    /// <summary>The devices plugged into a feed; null when the organization has no such feed.</summary>
    public static async Task<IReadOnlyList<PowerConsumerDto>?> FeedConsumersAsync(WatchkeeperDb db, long organizationId, long feedId, CancellationToken ct)
    {
        if (!await db.PowerFeeds.AnyAsync(f => f.Id == feedId && f.OrganizationId == organizationId, ct))
        {
            return null;
        }
        var graph = await PowerGraphLoader.LoadAsync(db, organizationId, ct);
        return new PowerLoad(graph).Consumers(graph, PowerSource.Feed(feedId));
    }

    /// <summary>A device's cords and, for a PDU or UPS, its load and consumers; null when the organization has no such device.</summary>
    public static async Task<DevicePowerDto?> OfDeviceAsync(WatchkeeperDb db, long organizationId, long deviceId, CancellationToken ct)
    {
        var device = await db.Devices.AsNoTracking().Where(d => d.Id == deviceId && d.OrganizationId == organizationId)
            .Select(d => new PoweredDevice(d.Id, d.Item.Name, d.Kind, d.DeviceType!.PowerDrawWatts, d.DeviceType.MaxOutputWatts)).SingleOrDefaultAsync(ct);
        if (device is null)
        {
            return null;
        }
        var connections = await PowerConnectionQueries.Filter(db, organizationId, new PowerConnectionFilter(DeviceId: deviceId), null)
            .OrderBy(c => c.Id).Select(PowerConnectionQueries.ToDto).ToListAsync(ct);
        if (!device.Supplies)
        {
            return new DevicePowerDto(deviceId, device.DrawWatts, connections, null, []);
        }
        var graph = await PowerGraphLoader.LoadAsync(db, organizationId, ct);
        var power = new PowerLoad(graph);
        var source = PowerSource.Device(deviceId);
        return new DevicePowerDto(deviceId, device.DrawWatts, connections, power.ToDto(graph, source, device.MaxOutputWatts), power.Consumers(graph, source));
    }
}
