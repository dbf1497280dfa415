using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Power;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>
/// Power connections: a device fed by a feed (named within its panel) or by an upstream device such as
/// a UPS. Every column is the key, so a row is there already or created; a device fed twice alike
/// tells its connections apart by label.
/// </summary>
public sealed class PowerConnectionTransfer : TransferType<PowerConnection, PowerConnectionRequest, PowerConnectionAdministration>
{
    public override string Name => "power-connections";

    public override IReadOnlyList<string[]> Keys { get; } = [["device", "panel", "feed", "upstreamDevice", "label"]];

    public override IReadOnlyList<TransferReference> References { get; } =
        [ReferenceColumns.Device(), ReferenceColumns.PowerFeed(), ReferenceColumns.Device("UpstreamDeviceId", "upstreamDevice")];

    public override IQueryable<PowerConnection> Rows(WatchkeeperDb db, long organizationId) => db.PowerConnections.Where(c => c.OrganizationId == organizationId);

    public override PowerConnectionRequest ToRequest(PowerConnection e) => new(e.DeviceId, e.FeedId, e.UpstreamDeviceId, e.Label);
}
