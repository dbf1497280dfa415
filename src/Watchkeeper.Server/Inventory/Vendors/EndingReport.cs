using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Vendors;

/// <summary>Contracts and device warranties whose last day falls in [today, today + days], soonest first.</summary>
public static class EndingReport
{
    public const int DefaultDays = 90;
    public const int MaxDays = 3650;

    /// <summary>
    /// Today is the UTC date: one organization's sites may span time zones, and a day's difference at
    /// the edge does not change what must be renewed.
    /// </summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static async Task<EndingReportDto> BuildAsync(WatchkeeperDb db, long organizationId, DateOnly today, int days, CancellationToken ct)
    {
        var until = today.AddDays(days);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.OrganizationId == organizationId && c.EndDate >= today && c.EndDate <= until)
            .Select(c => new
            {
                c.Id, c.Reference, Vendor = c.Vendor.Name, c.Kind, c.EndDate,
                Covers = c.CoveredItems.OrderBy(i => i.Item.Name).Select(i => new NamedRef(i.ItemId, i.Item.Name)).ToList(),
            })
            .ToListAsync(ct);
        var warranties = await db.Devices.AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && d.WarrantyEnd >= today && d.WarrantyEnd <= until)
            .Select(d => new { d.Id, d.Item.Name, EndDate = d.WarrantyEnd!.Value })
            .ToListAsync(ct);
        var entries = contracts
            .Select(c => new EndingEntryDto(EndingKind.Contract, c.Id, c.Reference, $"{c.Vendor} · {c.Kind}", c.EndDate, c.EndDate.DayNumber - today.DayNumber, c.Covers))
            .Concat(warranties.Select(w => new EndingEntryDto(
                EndingKind.Warranty, w.Id, w.Name, "Warranty", w.EndDate, w.EndDate.DayNumber - today.DayNumber, [new NamedRef(w.Id, w.Name)])))
            .OrderBy(e => e.EndDate).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        return new EndingReportDto(today, until, entries);
    }
}
