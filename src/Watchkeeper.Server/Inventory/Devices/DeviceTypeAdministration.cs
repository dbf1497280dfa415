using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>The device type catalog.</summary>
public sealed class DeviceTypeAdministration(WatchkeeperDb db) : InventoryAdministration<DeviceType, DeviceTypeRequest>(db)
{
    public override string Noun => "Device type";

    protected override IQueryable<DeviceType> Rows => Db.DeviceTypes.Include(t => t.Interfaces);

    protected override DeviceType New(long organizationId) => new() { OrganizationId = organizationId, Manufacturer = "", Model = "" };

    protected override async Task<string?> StillUsedAsync(DeviceType type, CancellationToken ct) =>
        await Db.Devices.CountAsync(d => d.DeviceTypeId == type.Id, ct) is > 0 and var used
            ? $"{used} device(s) are of type '{type.DisplayName}'. Change their type or delete them first."
            : null;

    protected override async Task<OperationError?> ApplyAsync(DeviceType type, DeviceTypeRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (manufacturer, model) = (request.Manufacturer.Trim(), request.Model.Trim());
        if (await Db.DeviceTypes.AnyAsync(t => t.OrganizationId == type.OrganizationId && t.Manufacturer == manufacturer && t.Model == model && t.Id != type.Id, ct))
        {
            errors.Add("model", $"'{manufacturer} {model}' is already in the catalog.");
        }
        if (request.HeightU is < 0 or > 60)
        {
            errors.Add("heightU", "Use 0 to 60 units (0 for devices not mounted by unit).");
        }
        // Re-checking every racked device against a new size would move the problem to them; refuse instead.
        var resized = type.Id != 0 && (type.HeightU != request.HeightU || type.FullDepth != request.FullDepth);
        if (resized && await Db.Devices.AnyAsync(d => d.DeviceTypeId == type.Id && d.Position != null, ct))
        {
            errors.Add("heightU", "Devices of this type are placed in racks; their height and depth stay as they are until they are unracked.");
        }
        if (request.PowerDrawWatts is < 0)
        {
            errors.Add("powerDrawWatts", "Power draw cannot be negative.");
        }
        if (request.MaxOutputWatts is < 1)
        {
            errors.Add("maxOutputWatts", "A maximum output is at least 1 W; leave it empty for devices that supply no power.");
        }
        InterfaceTemplates.Check(request.Interfaces, errors);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        type.Manufacturer = manufacturer;
        type.Model = model;
        type.HeightU = request.HeightU;
        type.FullDepth = request.FullDepth;
        type.PowerDrawWatts = request.PowerDrawWatts;
        type.MaxOutputWatts = request.MaxOutputWatts;
        InterfaceTemplates.Apply(type, request.Interfaces);
        return null;
    }
}
