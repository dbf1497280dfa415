using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Inventory.Relationships;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>Devices: a configuration item and its device row, written together.</summary>
public sealed class DeviceAdministration(WatchkeeperDb db, TimeProvider clock)
{
    public async Task<Outcome<Device>> CreateAsync(Access access, DeviceRequest request, CancellationToken ct)
    {
        var item = new ConfigurationItem { OrganizationId = access.OrganizationId, Kind = CiKind.Device, Name = "", CreatedAt = clock.GetUtcNow() };
        var device = new Device { Item = item, OrganizationId = access.OrganizationId };
        if (await new DeviceRules(db, device).CheckAsync(request, ct) is { } error)
        {
            return error;
        }
        Apply(device, request);
        db.ConfigurationItems.Add(item);
        db.Devices.Add(device);
        await db.SaveChangesAsync(ct);
        return device;
    }

    public async Task<Outcome<Device>> UpdateAsync(Access access, long id, DeviceRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var device = await FindAsync(access, id, ct);
        if (device is null)
        {
            return OperationError.NotFound("Device");
        }
        if (!matches(device.Item))
        {
            return OperationError.Stale;
        }
        if (await new DeviceRules(db, device).CheckAsync(request, ct) is { } error)
        {
            return error;
        }
        Apply(device, request);
        // The version lives on the item; a change to device fields alone must still move it.
        db.Entry(device.Item).Property(i => i.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return device;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var device = await FindAsync(access, id, ct);
        if (device is null)
        {
            return OperationError.NotFound("Device");
        }
        await RelationshipAdministration.RemoveAllOfAsync(db, id, ct);
        db.Devices.Remove(device);
        db.ConfigurationItems.Remove(device.Item);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private Task<Device?> FindAsync(Access access, long id, CancellationToken ct) =>
        db.Devices.Include(d => d.Item).ThenInclude(i => i.Tags).SingleOrDefaultAsync(d => d.Id == id && d.OrganizationId == access.OrganizationId, ct);

    private static void Apply(Device device, DeviceRequest request)
    {
        var item = device.Item;
        item.Name = request.Name.Trim();
        item.Status = request.Status;
        item.Environment = request.Environment;
        item.Criticality = request.Criticality;
        item.OwnerTeamId = request.OwnerTeamId;
        item.Description = InventoryText.Optional(request.Description);
        ItemTags.Apply(item, ItemTags.Normalize(request.Tags));
        device.Kind = request.Kind;
        device.DeviceTypeId = request.DeviceTypeId;
        device.Hostname = InventoryText.Optional(request.Hostname);
        device.Fqdn = InventoryText.Optional(request.Fqdn);
        device.Serial = InventoryText.Optional(request.Serial);
        device.AssetTag = InventoryText.Optional(request.AssetTag);
        device.PrimaryIp = IpText.Canonical(request.PrimaryIp);
        device.OsName = InventoryText.Optional(request.OsName);
        device.OsVersion = InventoryText.Optional(request.OsVersion);
        device.CpuCores = request.CpuCores;
        device.MemoryMb = request.MemoryMb;
        device.DiskGb = request.DiskGb;
        device.RackId = request.RackId;
        device.Position = request.Position;
        device.Face = request.Position is null ? null : request.Face ?? RackFace.Front;
        device.CloudProvider = InventoryText.Optional(request.CloudProvider);
        device.CloudAccount = InventoryText.Optional(request.CloudAccount);
        device.CloudRegion = InventoryText.Optional(request.CloudRegion);
        device.PurchaseDate = request.PurchaseDate;
        device.WarrantyEnd = request.WarrantyEnd;
    }
}
