using System.Globalization;
using System.Text;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Vendors;

/// <summary>The ending report as CSV (RFC 4180), the same rows and order as the page shows.</summary>
public static class EndingReportCsv
{
    public static string Write(EndingReportDto report)
    {
        var csv = new StringBuilder("end_date,days_remaining,kind,name,detail,covers\r\n");
        foreach (var e in report.Entries)
        {
            string[] cells =
            [
                e.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.DaysRemaining.ToString(CultureInfo.InvariantCulture),
                e.Kind.ToString(), e.Name, e.Detail, string.Join("; ", e.Covers.Select(c => c.Name)),
            ];
            csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }
        return csv.ToString();
    }

    // A cell that starts like a formula is prefixed so a spreadsheet shows it instead of running it.
    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
