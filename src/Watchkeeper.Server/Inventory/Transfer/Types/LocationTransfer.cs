using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Locations, by site and name; a parent is named within the same site and must exist before the row.</summary>
public sealed class LocationTransfer : TransferType<Location, LocationRequest, LocationAdministration>
{
    public override string Name => "locations";

    public override IReadOnlyList<string[]> Keys { get; } = [["site", "name"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Site(), ReferenceColumns.Location("ParentId", "parent")];

    public override IQueryable<Location> Rows(WatchkeeperDb db, long organizationId) => db.Locations.Where(l => l.OrganizationId == organizationId);

    public override LocationRequest ToRequest(Location e) => new(e.SiteId, e.Name, e.Kind, e.ParentId, e.Description);
}
