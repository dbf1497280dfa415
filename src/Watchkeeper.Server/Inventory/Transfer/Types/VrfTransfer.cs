using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>VRFs, by name.</summary>
public sealed class VrfTransfer : TransferType<Vrf, VrfRequest, VrfAdministration>
{
    public override string Name => "vrfs";

    public override IReadOnlyList<string[]> Keys { get; } = [["name"]];

    public override IQueryable<Vrf> Rows(WatchkeeperDb db, long organizationId) => db.Vrfs.Where(v => v.OrganizationId == organizationId);

    public override VrfRequest ToRequest(Vrf e) => new(e.Name, e.RouteDistinguisher, e.Description);
}
