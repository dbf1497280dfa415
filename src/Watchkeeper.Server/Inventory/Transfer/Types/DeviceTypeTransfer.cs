using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Devices;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Device types, by manufacturer and model; interface templates are one JSON column.</summary>
public sealed class DeviceTypeTransfer : TransferType<DeviceType, DeviceTypeRequest, DeviceTypeAdministration>
{
    public override string Name => "device-types";

    public override IReadOnlyList<string[]> Keys { get; } = [["manufacturer", "model"]];

    public override IQueryable<DeviceType> Rows(WatchkeeperDb db, long organizationId) => db.DeviceTypes.Where(t => t.OrganizationId == organizationId).Include(t => t.Interfaces);

    public override Task<IQueryable<DeviceType>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var filter = ListFilters.DeviceType(request.Query, errors);
        return Task.FromResult<IQueryable<DeviceType>?>(errors.Any ? null : DeviceTypeQueries.Filter(db, organizationId, filter, request.Query["q"]).Include(t => t.Interfaces));
    }

    public override DeviceTypeRequest ToRequest(DeviceType e) => new(e.Manufacturer, e.Model, e.HeightU, e.FullDepth, e.PowerDrawWatts, [.. e.Interfaces.OrderBy(i => i.Id).Select(i => new InterfaceTemplate(i.Name, i.Kind, i.SpeedMbps, i.ManagementOnly))]);
}
