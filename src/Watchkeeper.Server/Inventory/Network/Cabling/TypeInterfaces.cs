using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Devices;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>Turns a device type's interface templates into the device's own interfaces.</summary>
public static class TypeInterfaces
{
    /// <summary>New interfaces for the templates the device has no interface of that name for; nothing for a device without a type.</summary>
    public static async Task<List<DeviceInterface>> MissingAsync(WatchkeeperDb db, Device device, CancellationToken ct)
    {
        if (device.DeviceTypeId is not { } typeId)
        {
            return [];
        }
        var templates = await db.DeviceTypeInterfaces.AsNoTracking().Where(t => t.DeviceTypeId == typeId).OrderBy(t => t.Id).ToListAsync(ct);
        var existing = device.Id == 0 ? [] : await db.Interfaces.Where(i => i.DeviceId == device.Id).Select(i => i.Name).ToListAsync(ct);
        return From(device, templates.Where(t => !existing.Contains(t.Name)));
    }

    /// <summary>An interface on the device for each template, in the templates' order.</summary>
    public static List<DeviceInterface> From(Device device, IEnumerable<DeviceTypeInterface> templates) =>
        templates.OrderBy(t => t.Id).Select(t => new DeviceInterface
        {
            OrganizationId = device.OrganizationId, Device = device, Name = t.Name, Kind = t.Kind, SpeedMbps = t.SpeedMbps, ManagementOnly = t.ManagementOnly,
        }).ToList();
}
