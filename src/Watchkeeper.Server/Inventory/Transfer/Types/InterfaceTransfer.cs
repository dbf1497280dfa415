using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network.Cabling;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Device interfaces, by device and name; a LAG is named within the same device and must exist before the row.</summary>
public sealed class InterfaceTransfer : TransferType<DeviceInterface, InterfaceRequest, InterfaceAdministration>
{
    public override string Name => "interfaces";

    public override IReadOnlyList<string[]> Keys { get; } = [["device", "name"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Device(), ReferenceColumns.Interface("LagId", "lag")];

    public override IQueryable<DeviceInterface> Rows(WatchkeeperDb db, long organizationId) => db.Interfaces.Where(i => i.OrganizationId == organizationId);

    public override InterfaceRequest ToRequest(DeviceInterface e) => new(e.DeviceId, e.Name, e.Kind, e.SpeedMbps, e.MacAddress, e.Enabled, e.ManagementOnly, e.Description, e.LagId);
}
