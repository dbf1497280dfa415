using System.Globalization;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Vendors;

/// <summary>One bar of the ending-soon chart: what ends in a month, every month of the window shown even when empty.</summary>
public sealed record EndingMonth(string Month, int Contracts, int Warranties)
{
    public static IReadOnlyList<EndingMonth> Of(EndingReportDto report)
    {
        var months = new List<EndingMonth>();
        for (var month = new DateOnly(report.Today.Year, report.Today.Month, 1); month <= report.Until; month = month.AddMonths(1))
        {
            var inMonth = report.Entries.Where(e => e.EndDate.Year == month.Year && e.EndDate.Month == month.Month).ToList();
            months.Add(new(month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                inMonth.Count(e => e.Kind == EndingKind.Contract), inMonth.Count(e => e.Kind == EndingKind.Warranty)));
        }
        return months;
    }
}
