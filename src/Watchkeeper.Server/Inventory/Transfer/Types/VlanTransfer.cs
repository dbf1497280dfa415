using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>VLANs, by group (empty for ungrouped) and VLAN id.</summary>
public sealed class VlanTransfer : TransferType<Vlan, VlanRequest, VlanAdministration>
{
    public override string Name => "vlans";

    public override IReadOnlyList<string[]> Keys { get; } = [["group", "vid"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.VlanGroup(), ReferenceColumns.Site()];

    public override IQueryable<Vlan> Rows(WatchkeeperDb db, long organizationId) => db.Vlans.Where(v => v.OrganizationId == organizationId);

    public override Task<IQueryable<Vlan>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var filter = ListFilters.Vlan(request.Query, errors);
        return Task.FromResult(errors.Any ? null : VlanQueries.Filter(db, organizationId, filter, request.Query["q"]));
    }

    public override VlanRequest ToRequest(Vlan e) => new(e.Vid, e.Name, e.GroupId, e.SiteId, e.Status, e.Description);
}
