using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.CustomFields;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Inventory.Network.Cabling;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>Devices: a configuration item and its device row, written together.</summary>
public sealed class DeviceAdministration(WatchkeeperDb db, TimeProvider clock) : ItemAdministration<Device, DeviceRequest>(db, clock)
{
    /// <summary>Set while an import runs; otherwise each check reads the database.</summary>
    private LoadedDeviceFacts? loaded;

    public override string Noun => "Device";

    protected override IQueryable<Device> Rows => Db.Devices.Include(d => d.Item).ThenInclude(i => i.Tags).Include(d => d.Item).ThenInclude(i => i.CustomFieldValues);

    protected override Device New(long organizationId) => new() { Item = NewItem(organizationId, CiKind.Device), OrganizationId = organizationId };

    protected override async Task<OperationError?> ApplyAsync(Device device, DeviceRequest request, CancellationToken ct)
    {
        var facts = loaded ?? (IDeviceFacts)new DeviceFactsFromDb(Db, device.OrganizationId);
        var rules = new DeviceRules(facts, device);
        if (await rules.CheckAsync(request, ct) is { } error)
        {
            return error;
        }
        var isNew = device.Id == 0;
        Apply(device, request);
        CustomFieldValues.Apply(device.Item, rules.CustomFieldValues);
        if (isNew && device.DeviceTypeId is { } typeId)
        {
            Db.Interfaces.AddRange(TypeInterfaces.From(device, (await facts.DeviceTypeAsync(typeId, ct))!.Interfaces));
        }
        return null;
    }

    protected override async Task<bool> LoadRulesAsync(long organizationId, CancellationToken ct)
    {
        loaded = await LoadedDeviceFacts.LoadAsync(Db, organizationId, ct);
        return true;
    }

    protected override void UnloadRules() => loaded = null;

    /// <summary>A cable must not lose an end silently; disconnecting keeps the peer's connected-to in step. Devices it powers must be moved first.</summary>
    protected override async Task<string?> StillUsedAsync(Device device, CancellationToken ct) =>
        await Db.CableEnds.CountAsync(e => e.Interface.DeviceId == device.Id, ct) is > 0 and var cables
            ? $"The device has {cables} cabled interface(s). Disconnect its cables first."
            : await Db.PowerConnections.CountAsync(c => c.UpstreamDeviceId == device.Id, ct) is > 0 and var powered
                ? $"The device supplies power to {powered} connection(s). Move or delete them first."
                : null;

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
        device.SupportContractId = request.SupportContractId;
    }
}
