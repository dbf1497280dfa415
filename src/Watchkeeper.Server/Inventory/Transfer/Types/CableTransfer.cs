using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network.Cabling;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>
/// Cables, each end an interface named within its device (<c>aDevice</c>, <c>aInterface</c>, then the B end),
/// matched by the A end, else the B end; the interfaces must exist before the row.
/// </summary>
public sealed class CableTransfer : TransferType<Cable, CableRequest, CableAdministration>
{
    public override string Name => "cables";

    public override IReadOnlyList<string[]> Keys { get; } = [["aDevice", "aInterface"], ["bDevice", "bInterface"]];

    public override IReadOnlyList<TransferReference> References { get; } =
        [ReferenceColumns.Interface("AInterfaceId", "aInterface", "aDevice"), ReferenceColumns.Interface("BInterfaceId", "bInterface", "bDevice")];

    public override IQueryable<Cable> Rows(WatchkeeperDb db, long organizationId) =>
        db.Cables.Where(c => c.OrganizationId == organizationId).Include(c => c.Ends);

    public override CableRequest ToRequest(Cable e) =>
        new(e.End(CableSide.A).InterfaceId, e.End(CableSide.B).InterfaceId, e.Type, e.Label, e.LengthMeters, e.Colour, e.Status);
}
