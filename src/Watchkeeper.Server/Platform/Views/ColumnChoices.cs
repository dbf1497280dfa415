using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Platform.Views;

/// <summary>Remembers the columns each person shows on each list page, in each organization.</summary>
public sealed class ColumnChoices(WatchkeeperDb db)
{
    /// <summary>The remembered columns, or null when the person never chose (the page shows its defaults).</summary>
    public async Task<IReadOnlyList<string>?> RecallAsync(Access access, string page, CancellationToken ct)
    {
        var list = await db.ColumnChoices.AsNoTracking()
            .Where(c => c.UserId == access.UserId && c.OrganizationId == access.OrganizationId && c.Page == page)
            .Select(c => c.ColumnList).SingleOrDefaultAsync(ct);
        return list is null ? null : SavedView.ColumnsOf(list);
    }

    public async Task<Outcome<Done>> RememberAsync(Access access, string page, IReadOnlyList<string> columns, CancellationToken ct)
    {
        if (access.UserId is not { } userId || !ViewPages.Known.Contains(page))
        {
            return OperationError.Field("page", "Columns are remembered for people on list pages only.");
        }
        var choice = await db.ColumnChoices.SingleOrDefaultAsync(c => c.UserId == userId && c.OrganizationId == access.OrganizationId && c.Page == page, ct);
        if (choice is null)
        {
            choice = new ColumnChoice { UserId = userId, OrganizationId = access.OrganizationId, Page = page };
            db.ColumnChoices.Add(choice);
        }
        choice.ColumnList = string.Join(',', columns.Distinct(StringComparer.Ordinal));
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }
}
