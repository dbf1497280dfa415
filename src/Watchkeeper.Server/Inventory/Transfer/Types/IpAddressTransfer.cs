using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>IP addresses, by VRF (empty for the global table) and address; exported with the address list's filters.</summary>
public sealed class IpAddressTransfer : TransferType<IpAddress, IpAddressRequest, IpAddressAdministration>
{
    public override string Name => "ip-addresses";

    public override IReadOnlyList<string[]> Keys { get; } = [["vrf", "address"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Vrf(), ReferenceColumns.Item("ItemId", "item")];

    public override IQueryable<IpAddress> Rows(WatchkeeperDb db, long organizationId) => db.IpAddresses.Where(a => a.OrganizationId == organizationId);

    public override Task<IQueryable<IpAddress>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var filter = ListFilters.IpAddress(request.Query, errors);
        return Task.FromResult(errors.Any ? null : IpAddressQueries.Filter(db, organizationId, filter, ListFilters.WithinBlock(filter.Within), request.Query["q"]));
    }

    public override IpAddressRequest ToRequest(IpAddress e) => new(e.Text, e.VrfId, e.Status, e.DnsName, e.ItemId, e.Description);
}
