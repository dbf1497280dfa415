using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.CustomFields;
using Watchkeeper.Server.Inventory.Devices;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Devices, matched by name, else serial, else asset tag; exported with the device list's filters.</summary>
public sealed class DeviceTransfer : TransferType<Device, DeviceRequest, DeviceAdministration>
{
    public override string Name => "devices";

    public override IReadOnlyList<string[]> Keys { get; } = [["name"], ["serial"], ["assetTag"]];

    public override CiKind? ItemKind => CiKind.Device;

    public override IReadOnlyList<TransferReference> References { get; } =
        [ReferenceColumns.Team(), ReferenceColumns.DeviceType(), ReferenceColumns.Site(), ReferenceColumns.Rack(), ReferenceColumns.Contract()];

    public override IQueryable<Device> Rows(WatchkeeperDb db, long organizationId) => WithItem(db.Devices.Where(d => d.OrganizationId == organizationId));

    public override async Task<IQueryable<Device>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var filter = ListFilters.Device(request.Query, errors);
        var conditions = await CustomFieldConditions.ParseAsync(db, organizationId, CiKind.Device, request.Query, errors, ct);
        return errors.Any ? null : WithItem(DeviceQueries.Filter(db, organizationId, filter, request.Query["q"], conditions));
    }

    public override DeviceRequest ToRequest(Device d) => new(
        d.Item.Name, d.Kind, d.Item.Status, d.Item.Environment, d.Item.Criticality, d.Item.OwnerTeamId, d.Item.Description, d.DeviceTypeId,
        d.Hostname, d.Fqdn, d.Serial, d.AssetTag, d.PrimaryIp, d.OsName, d.OsVersion, d.CpuCores, d.MemoryMb, d.DiskGb,
        d.SiteId, d.RackId, d.Position, d.Face, d.CloudProvider, d.CloudAccount, d.CloudRegion, d.PurchaseDate, d.WarrantyEnd,
        [.. d.Item.Tags.Select(t => t.Name)], d.SupportContractId, Items.CustomValues(d.Item));

    private static IQueryable<Device> WithItem(IQueryable<Device> devices) =>
        devices.Include(d => d.Item).ThenInclude(i => i.Tags).Include(d => d.Item).ThenInclude(i => i.CustomFieldValues).ThenInclude(v => v.Field).AsSplitQuery();
}
