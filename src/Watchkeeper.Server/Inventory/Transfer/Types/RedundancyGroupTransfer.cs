using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Relationships;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Redundancy groups, by name; their members are relationships and are not part of the file.</summary>
public sealed class RedundancyGroupTransfer : TransferType<RedundancyGroup, RedundancyGroupRequest, RedundancyGroupAdministration>
{
    public override string Name => "redundancy-groups";

    public override IReadOnlyList<string[]> Keys { get; } = [["name"]];

    public override IQueryable<RedundancyGroup> Rows(WatchkeeperDb db, long organizationId) =>
        db.Set<RedundancyGroup>().Where(g => g.OrganizationId == organizationId).Include(g => g.Item);

    public override RedundancyGroupRequest ToRequest(RedundancyGroup e) => new(e.Item.Name, e.MinimumHealthy, e.Item.Description);
}
