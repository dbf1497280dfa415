using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>The device type catalog.</summary>
public sealed class DeviceTypeAdministration(WatchkeeperDb db)
{
    public async Task<Outcome<DeviceType>> CreateAsync(Access access, DeviceTypeRequest request, CancellationToken ct)
    {
        var type = new DeviceType { OrganizationId = access.OrganizationId, Manufacturer = "", Model = "" };
        if (await ApplyAsync(type, request, ct) is { } error)
        {
            return error;
        }
        db.DeviceTypes.Add(type);
        await db.SaveChangesAsync(ct);
        return type;
    }

    public async Task<Outcome<DeviceType>> UpdateAsync(Access access, long id, DeviceTypeRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var type = await db.DeviceTypes.SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == access.OrganizationId, ct);
        if (type is null)
        {
            return OperationError.NotFound("Device type");
        }
        if (!matches(type))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(type, request, ct) is { } error)
        {
            return error;
        }
        await db.SaveChangesAsync(ct);
        return type;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var type = await db.DeviceTypes.SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == access.OrganizationId, ct);
        if (type is null)
        {
            return OperationError.NotFound("Device type");
        }
        var used = await db.Devices.CountAsync(d => d.DeviceTypeId == id, ct);
        if (used > 0)
        {
            return OperationError.Conflict($"{used} device(s) are of type '{type.DisplayName}'. Change their type or delete them first.");
        }
        db.DeviceTypes.Remove(type);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<OperationError?> ApplyAsync(DeviceType type, DeviceTypeRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (manufacturer, model) = (request.Manufacturer.Trim(), request.Model.Trim());
        if (await db.DeviceTypes.AnyAsync(t => t.OrganizationId == type.OrganizationId && t.Manufacturer == manufacturer && t.Model == model && t.Id != type.Id, ct))
        {
            errors.Add("model", $"'{manufacturer} {model}' is already in the catalog.");
        }
        if (request.HeightU is < 0 or > 60)
        {
            errors.Add("heightU", "Use 0 to 60 units (0 for devices not mounted by unit).");
        }
        // Re-checking every racked device against a new size would move the problem to them; refuse instead.
        var resized = type.Id != 0 && (type.HeightU != request.HeightU || type.FullDepth != request.FullDepth);
        if (resized && await db.Devices.AnyAsync(d => d.DeviceTypeId == type.Id && d.Position != null, ct))
        {
            errors.Add("heightU", "Devices of this type are placed in racks; their height and depth stay as they are until they are unracked.");
        }
        if (request.PowerDrawWatts is < 0)
        {
            errors.Add("powerDrawWatts", "Power draw cannot be negative.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        type.Manufacturer = manufacturer;
        type.Model = model;
        type.HeightU = request.HeightU;
        type.FullDepth = request.FullDepth;
        type.PowerDrawWatts = request.PowerDrawWatts;
        return null;
    }
}
