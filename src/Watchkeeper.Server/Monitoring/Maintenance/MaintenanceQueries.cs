using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Monitoring.Maintenance;

/// <summary>Maintenance windows as the API and the pages list and show them, with where each stands now.</summary>
public sealed class MaintenanceQueries(WatchkeeperDb db, MaintenanceCalendar calendar, TimeProvider clock)
{
    public static readonly Keyset<MaintenanceWindow> Paging = new Keyset<MaintenanceWindow>(w => w.Id, "name").Sortable("name", w => w.Name);

    public IQueryable<MaintenanceWindow> Filter(long organizationId, string? q)
    {
        var windows = db.MaintenanceWindows.AsNoTracking().Where(w => w.OrganizationId == organizationId);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            windows = windows.Where(w => w.Name.ToUpper().Contains(text) || (w.Reason != null && w.Reason.ToUpper().Contains(text)));
        }
        return windows;
    }

    public async Task<Page<MaintenanceWindowDto>> PageAsync(long organizationId, ListQuery query, CancellationToken ct)
    {
        var page = await Paging.PageAsync(Filter(organizationId, query.Q), query, w => w, ct);
        return new Page<MaintenanceWindowDto>(await ToDtosAsync(page.Items, ct), page.NextCursor);
    }

    public async Task<MaintenanceWindowDto?> FindAsync(long organizationId, long id, CancellationToken ct) =>
        await db.MaintenanceWindows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id && w.OrganizationId == organizationId, ct) is { } window
            ? (await ToDtosAsync([window], ct))[0]
            : null;

    /// <summary>The checks a window covers now, by name.</summary>
    public async Task<IReadOnlyList<NamedRef>> CoveredAsync(MaintenanceWindow window, CancellationToken ct)
    {
        var ids = (await calendar.CoveredChecksAsync(db, window, ct)).ToList();
        return await db.Checks.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).Select(c => new NamedRef(c.Id, c.Name)).ToListAsync(ct);
    }

    private async Task<IReadOnlyList<MaintenanceWindowDto>> ToDtosAsync(IReadOnlyList<MaintenanceWindow> windows, CancellationToken ct)
    {
        var checkIds = windows.SelectMany(w => w.CheckIds).Distinct().ToList();
        var itemIds = windows.SelectMany(w => w.ItemIds).Distinct().ToList();
        var checks = await db.Checks.AsNoTracking().Where(c => checkIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => new NamedRef(c.Id, c.Name), ct);
        var items = await db.ConfigurationItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => new ItemRef(i.Id, i.Kind, i.Name), ct);
        var plan = await calendar.GetAsync(db, ct);
        var now = clock.GetUtcNow();
        return [.. windows.Select(w => ToDto(w, plan, now,
            [.. w.CheckIds.Where(checks.ContainsKey).Select(id => checks[id])], [.. w.ItemIds.Where(items.ContainsKey).Select(id => items[id])]))];
    }

    private static MaintenanceWindowDto ToDto(MaintenanceWindow w, MaintenancePlan plan, DateTimeOffset now, IReadOnlyList<NamedRef> checks, IReadOnlyList<ItemRef> items)
    {
        var schedule = MaintenanceSchedule.Of(w);
        var active = schedule.At(now);
        DateTimeOffset? next = schedule.After(active?.End ?? now, 1) is [var first] ? first.Start : null;
        var covered = plan.Find(w.Id)?.Checks.Count ?? 0;
        return new MaintenanceWindowDto(w.Id, w.Name, w.Reason, w.StartsAt, w.EndsAt, w.Cron, w.DurationMinutes, w.TimeZone, checks, items, w.Tags,
            w.IncludeDependencies, active?.End, next, covered, w.Version);
    }
}
