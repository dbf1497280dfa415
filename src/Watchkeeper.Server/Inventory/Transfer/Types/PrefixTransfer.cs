using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Prefixes, by VRF (empty for the global table) and prefix in canonical notation; exported with the prefix list's filters.</summary>
public sealed class PrefixTransfer : TransferType<IpPrefix, PrefixRequest, PrefixAdministration>
{
    public override string Name => "prefixes";

    public override IReadOnlyList<string[]> Keys { get; } = [["vrf", "prefix"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Vrf(), ReferenceColumns.Site()];

    public override IQueryable<IpPrefix> Rows(WatchkeeperDb db, long organizationId) => db.IpPrefixes.Where(p => p.OrganizationId == organizationId);

    public override Task<IQueryable<IpPrefix>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var filter = ListFilters.Prefix(request.Query, errors);
        return Task.FromResult(errors.Any ? null : PrefixQueries.Filter(db, organizationId, filter, ListFilters.WithinBlock(filter.Within), request.Query["q"]));
    }

    public override PrefixRequest ToRequest(IpPrefix e) => new(e.Cidr, e.VrfId, e.SiteId, e.Status, e.Description);
}
