using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Vendors;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Vendors, by name.</summary>
public sealed class VendorTransfer : TransferType<Vendor, VendorRequest, VendorAdministration>
{
    public override string Name => "vendors";

    public override IReadOnlyList<string[]> Keys { get; } = [["name"]];

    public override IQueryable<Vendor> Rows(WatchkeeperDb db, long organizationId) => db.Vendors.Where(v => v.OrganizationId == organizationId);

    public override Task<IQueryable<Vendor>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var filter = ListFilters.Vendor(request.Query, errors);
        return Task.FromResult(errors.Any ? null : VendorQueries.Filter(db, organizationId, filter, request.Query["q"]));
    }

    public override VendorRequest ToRequest(Vendor e) => new(e.Name, e.Website, e.SupportPhone, e.SupportEmail, e.AccountNumber, e.Notes);
}
