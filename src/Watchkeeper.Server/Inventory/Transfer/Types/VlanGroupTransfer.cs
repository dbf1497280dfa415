using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>VLAN groups, by name.</summary>
public sealed class VlanGroupTransfer : TransferType<VlanGroup, VlanGroupRequest, VlanGroupAdministration>
{
    public override string Name => "vlan-groups";

    public override IReadOnlyList<string[]> Keys { get; } = [["name"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Site()];

    public override IQueryable<VlanGroup> Rows(WatchkeeperDb db, long organizationId) => db.VlanGroups.Where(g => g.OrganizationId == organizationId);

    public override VlanGroupRequest ToRequest(VlanGroup e) => new(e.Name, e.SiteId, e.Description);
}
