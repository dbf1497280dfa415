using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.CustomFields;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>The facts as the database has them now: one query each, for changes made one at a time.</summary>
internal sealed class DeviceFactsFromDb(WatchkeeperDb db, long organizationId) : IDeviceFacts
{
    public async ValueTask<bool> NameTakenAsync(Device device, string name, CancellationToken ct) =>
        await db.ConfigurationItems.AnyAsync(i => i.OrganizationId == organizationId && i.Kind == CiKind.Device && i.Name == name && i.Id != device.Id, ct);

    public async ValueTask<bool> SerialTakenAsync(Device device, string serial, CancellationToken ct) =>
        await db.Devices.AnyAsync(d => d.OrganizationId == organizationId && d.Serial == serial && d.Id != device.Id, ct);

    public async ValueTask<bool> AssetTagTakenAsync(Device device, string assetTag, CancellationToken ct) =>
        await db.Devices.AnyAsync(d => d.OrganizationId == organizationId && d.AssetTag == assetTag && d.Id != device.Id, ct);

    public async ValueTask<bool> TeamExistsAsync(long teamId, CancellationToken ct) =>
        await db.Teams.AnyAsync(t => t.Id == teamId && t.OrganizationId == organizationId, ct);

    public async ValueTask<bool> SiteExistsAsync(long siteId, CancellationToken ct) =>
        await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == organizationId, ct);

    public async ValueTask<bool> ContractExistsAsync(long contractId, CancellationToken ct) =>
        await db.Contracts.AnyAsync(c => c.Id == contractId && c.OrganizationId == organizationId, ct);

    public async ValueTask<DeviceType?> DeviceTypeAsync(long deviceTypeId, CancellationToken ct) =>
        await db.DeviceTypes.AsNoTracking().Include(t => t.Interfaces).SingleOrDefaultAsync(t => t.Id == deviceTypeId && t.OrganizationId == organizationId, ct);

    public async ValueTask<Rack?> RackAsync(long rackId, CancellationToken ct) =>
        await db.Racks.AsNoTracking().Include(r => r.Site).SingleOrDefaultAsync(r => r.Id == rackId && r.OrganizationId == organizationId, ct);

    public async ValueTask<IReadOnlyList<RackSlot>> SlotsAsync(long rackId, CancellationToken ct) =>
        await RackOccupancy.SlotsAsync(db, rackId, ct);

    public async ValueTask<IReadOnlyList<CustomField>> CustomFieldsAsync(CancellationToken ct) =>
        await CustomFieldValues.FieldsAsync(db, organizationId, CiKind.Device, ct);

    /// <summary>Nothing to keep: the save that follows puts the device where the next query finds it.</summary>
    public void Accepted(Device device, DeviceClaim claim)
    {
    }
}
