using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>Device interfaces: the rules shared by the API and the pages.</summary>
public sealed class InterfaceAdministration(WatchkeeperDb db) : InventoryAdministration<DeviceInterface, InterfaceRequest>(db)
{
    public override string Noun => "Interface";

    protected override IQueryable<DeviceInterface> Rows => Db.Set<DeviceInterface>().Include(i => i.CableEnd);

    protected override DeviceInterface New(long organizationId) => new() { OrganizationId = organizationId, Name = "" };

    /// <summary>A cable would be left with one end; disconnecting first keeps the derived connected-to in step.</summary>
    protected override Task<string?> StillUsedAsync(DeviceInterface iface, CancellationToken ct) =>
        Task.FromResult(iface.CableEnd is null ? null : $"Interface '{iface.Name}' is cabled. Disconnect its cable first.");

    protected override async Task<OperationError?> ApplyAsync(DeviceInterface iface, InterfaceRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        await CheckDeviceAsync(iface, request.DeviceId, errors, ct);
        if (await Db.Interfaces.AnyAsync(i => i.DeviceId == request.DeviceId && i.Name == name && i.Id != iface.Id, ct))
        {
            errors.Add("name", $"The device already has an interface named '{name}'.");
        }
        var (mac, macError) = MacAddress.Normalize(request.MacAddress);
        if (macError is not null)
        {
            errors.Add("macAddress", macError);
        }
        if (iface.CableEnd is not null && !DeviceInterface.Cableable(request.Kind))
        {
            errors.Add("kind", $"The interface is cabled; a {request.Kind} interface cannot be. Disconnect its cable first.");
        }
        await new LagRules(Db).CheckAsync(iface, request, errors, ct);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        (iface.DeviceId, iface.Name, iface.Kind, iface.SpeedMbps, iface.MacAddress) = (request.DeviceId, name, request.Kind, request.SpeedMbps, mac);
        (iface.Enabled, iface.ManagementOnly, iface.LagId) = (request.Enabled, request.ManagementOnly, request.LagId);
        iface.Description = InventoryText.Optional(request.Description);
        return null;
    }

    /// <summary>Adds the interfaces the device's type lists and the device lacks; the count added, or why none could be.</summary>
    public async Task<Outcome<int>> AddFromTypeAsync(Access access, long deviceId, CancellationToken ct)
    {
        var device = await Db.Devices.SingleOrDefaultAsync(d => d.Id == deviceId && d.OrganizationId == access.OrganizationId, ct);
        if (device is null)
        {
            return OperationError.NotFound("Device");
        }
        if (device.DeviceTypeId is null)
        {
            return OperationError.Conflict("The device has no type to take interfaces from.");
        }
        var missing = await TypeInterfaces.MissingAsync(Db, device, ct);
        Db.Interfaces.AddRange(missing);
        await Db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private async Task CheckDeviceAsync(DeviceInterface iface, long deviceId, FieldErrors errors, CancellationToken ct)
    {
        if (iface.Id != 0 && iface.DeviceId != deviceId)
        {
            errors.Add("deviceId", "An interface stays on its device; create it on the other device instead.");
        }
        else if (!await Db.Devices.AnyAsync(d => d.Id == deviceId && d.OrganizationId == iface.OrganizationId, ct))
        {
            errors.Add("deviceId", "No device with that id exists in this organization.");
        }
    }
}
