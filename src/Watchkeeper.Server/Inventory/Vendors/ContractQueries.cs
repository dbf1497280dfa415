using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Vendors;

/// <summary>How contracts are read and filtered, by the API and the pages alike.</summary>
public static class ContractQueries
{
    public static readonly Keyset<Contract> Paging = new Keyset<Contract>(c => c.Id, "endDate")
        .Sortable("endDate", c => c.EndDate).Sortable("reference", c => c.Reference);

    public static readonly Expression<Func<Contract, ContractDto>> ToDto = c => new ContractDto(
        c.Id, new NamedRef(c.Vendor.Id, c.Vendor.Name), c.Kind, c.Reference, c.StartDate, c.EndDate, c.RenewalNoticeDays,
        c.Cost, c.Currency, c.Description,
        c.CoveredItems.OrderBy(i => i.Item.Name).Select(i => new NamedRef(i.ItemId, i.Item.Name)).ToList(), c.Version);

    /// <summary>The filter's own rules, the same for the list and the export.</summary>
    public static void Check(ContractFilter filter, FieldErrors errors)
    {
        if (filter.EndingWithin is < 0 or > EndingReport.MaxDays)
        {
            errors.Add("endingWithin", $"Days ahead are 0 (ends today) to {EndingReport.MaxDays}.");
        }
        if (filter is { EndFrom: { } from, EndTo: { } to } && to < from)
        {
            errors.Add("endTo", "The range ends before it starts; the last day comes on or after endFrom.");
        }
    }

    /// <param name="today">The day <see cref="ContractFilter.EndingWithin"/> counts from, as the ending report reads it.</param>
    public static IQueryable<Contract> Filter(WatchkeeperDb db, long organizationId, ContractFilter filter, string? q, DateOnly today)
    {
        var contracts = db.Contracts.AsNoTracking().Where(c => c.OrganizationId == organizationId);
        if (filter.VendorId is { } vendorId)
        {
            contracts = contracts.Where(c => c.VendorId == vendorId);
        }
        if (filter.Kind is { } kind)
        {
            contracts = contracts.Where(c => c.Kind == kind);
        }
        if (filter.ItemId is { } itemId)
        {
            contracts = contracts.Where(c => c.CoveredItems.Any(i => i.ItemId == itemId));
        }
        if (filter.EndingWithin is { } days)
        {
            var until = today.AddDays(days);
            contracts = contracts.Where(c => c.EndDate >= today && c.EndDate <= until);
        }
        contracts = filter.EndFrom is { } from ? contracts.Where(c => c.EndDate >= from) : contracts;
        contracts = filter.EndTo is { } to ? contracts.Where(c => c.EndDate <= to) : contracts;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            contracts = contracts.Where(c => c.Reference.ToUpper().Contains(text) || c.Vendor.Name.ToUpper().Contains(text));
        }
        return contracts;
    }

    public static Task<ContractDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Contracts.AsNoTracking().Where(c => c.Id == id && c.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
}
