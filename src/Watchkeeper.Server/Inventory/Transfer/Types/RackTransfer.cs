using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Racks, by site and name.</summary>
public sealed class RackTransfer : TransferType<Rack, RackRequest, RackAdministration>
{
    public override string Name => "racks";

    public override IReadOnlyList<string[]> Keys { get; } = [["site", "name"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Site(), ReferenceColumns.Location("LocationId", "location")];

    public override IQueryable<Rack> Rows(WatchkeeperDb db, long organizationId) => db.Racks.Where(r => r.OrganizationId == organizationId);

    public override RackRequest ToRequest(Rack e) => new(e.SiteId, e.Name, e.HeightU, e.Numbering, e.LocationId, e.Description);
}
