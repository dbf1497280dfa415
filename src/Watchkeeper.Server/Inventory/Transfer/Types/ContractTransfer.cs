using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Vendors;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Contracts, by vendor and reference; covered items are item names separated by semicolons.</summary>
public sealed class ContractTransfer : TransferType<Contract, ContractRequest, ContractAdministration>
{
    public override string Name => "contracts";

    public override IReadOnlyList<string[]> Keys { get; } = [["vendor", "reference"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Vendor(), ReferenceColumns.Item("CoveredItemIds", "coveredItems")];

    public override IQueryable<Contract> Rows(WatchkeeperDb db, long organizationId) => db.Contracts.Where(c => c.OrganizationId == organizationId).Include(c => c.CoveredItems);

    public override Task<IQueryable<Contract>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var filter = ListFilters.Contract(request.Query, errors);
        var today = EndingReport.Today(request.HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        return Task.FromResult<IQueryable<Contract>?>(errors.Any ? null : ContractQueries.Filter(db, organizationId, filter, request.Query["q"], today).Include(c => c.CoveredItems));
    }

    public override ContractRequest ToRequest(Contract e) => new(e.VendorId, e.Reference, e.StartDate, e.EndDate, e.Kind, e.RenewalNoticeDays, e.Cost, e.Currency, e.Description, [.. e.CoveredItems.Select(i => i.ItemId).Order()]);
}
