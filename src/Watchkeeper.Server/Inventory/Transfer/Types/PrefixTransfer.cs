using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Prefixes, by VRF (empty for the global table) and prefix in canonical notation.</summary>
public sealed class PrefixTransfer : TransferType<IpPrefix, PrefixRequest, PrefixAdministration>
{
    public override string Name => "prefixes";

    public override IReadOnlyList<string[]> Keys { get; } = [["vrf", "prefix"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Vrf(), ReferenceColumns.Site()];

    public override IQueryable<IpPrefix> Rows(WatchkeeperDb db, long organizationId) => db.IpPrefixes.Where(p => p.OrganizationId == organizationId);

    public override PrefixRequest ToRequest(IpPrefix e) => new(e.Cidr, e.VrfId, e.SiteId, e.Status, e.Description);
}
