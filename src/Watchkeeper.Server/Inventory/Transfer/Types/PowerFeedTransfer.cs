using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Power;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Power feeds, by the panel (within its site) and name; the rack fed is named within the same site.</summary>
public sealed class PowerFeedTransfer : TransferType<PowerFeed, PowerFeedRequest, PowerFeedAdministration>
{
    public override string Name => "power-feeds";

    public override IReadOnlyList<string[]> Keys { get; } = [["site", "panel", "name"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.PowerPanel(), ReferenceColumns.Rack()];

    public override IQueryable<PowerFeed> Rows(WatchkeeperDb db, long organizationId) => db.PowerFeeds.Where(f => f.OrganizationId == organizationId);

    public override PowerFeedRequest ToRequest(PowerFeed e) =>
        new(e.PanelId, e.Name, e.Status, e.Type, e.Supply, e.Phase, e.Voltage, e.Amperage, e.MaxUtilizationPercent, e.RackId, e.Notes);
}
