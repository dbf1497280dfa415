using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Power;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Power panels, by site and name.</summary>
public sealed class PowerPanelTransfer : TransferType<PowerPanel, PowerPanelRequest, PowerPanelAdministration>
{
    public override string Name => "power-panels";

    public override IReadOnlyList<string[]> Keys { get; } = [["site", "name"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Site(), ReferenceColumns.Location("LocationId", "location")];

    public override IQueryable<PowerPanel> Rows(WatchkeeperDb db, long organizationId) => db.PowerPanels.Where(p => p.OrganizationId == organizationId);

    public override PowerPanelRequest ToRequest(PowerPanel e) => new(e.SiteId, e.Name, e.LocationId, e.Notes);
}
