using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Impact;

namespace Watchkeeper.Server.Monitoring.Maintenance;

/// <summary>
/// Keeps the maintenance plan in memory, because the result writer asks for every batch. The plan is read again when
/// the audit chain has grown (every change to windows, checks, items and tags is audited, on any server sharing the
/// database), but at most every few seconds while changes stream in (an import), and at once after a window was saved
/// here. Whether a window is in force is worked out from its schedule at the moment asked, so the plan never goes stale
/// by the clock alone.
/// </summary>
public sealed class MaintenanceCalendar(DependencyGraphCache graphs, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan ShortestAge = TimeSpan.FromSeconds(5);

    // How far a window with "include dependencies" follows what its items rely on.
    private const int DependencyDepth = 50;

    private readonly SemaphoreSlim reading = new(1, 1);
    private MaintenancePlan plan = MaintenancePlan.Empty;
    private DateTimeOffset readAt = DateTimeOffset.MinValue;

    public void Dispose() => reading.Dispose();

    /// <summary>Makes the next question read the plan again (a window was saved or deleted).</summary>
    public void Forget() => readAt = DateTimeOffset.MinValue;

    public async Task<MaintenancePlan> GetAsync(WatchkeeperDb db, CancellationToken ct)
    {
        var stamp = await db.AuditChainHeads.Select(h => h.Sequence).FirstOrDefaultAsync(ct);
        if (stamp == plan.Stamp || clock.GetUtcNow() - readAt < ShortestAge)
        {
            return plan;
        }
        await reading.WaitAsync(ct);
        try
        {
            if (stamp != plan.Stamp && clock.GetUtcNow() - readAt >= ShortestAge)
            {
                readAt = clock.GetUtcNow();
                plan = await ReadAsync(db, stamp, ct);
            }
            return plan;
        }
        finally
        {
            reading.Release();
        }
    }

    private async Task<MaintenancePlan> ReadAsync(WatchkeeperDb db, long stamp, CancellationToken ct)
    {
        // One-off windows that are over can never hold a check again; they stay for the record only.
        var now = clock.GetUtcNow();
        var windows = await db.MaintenanceWindows.AsNoTracking().Where(w => w.Cron != null || w.EndsAt > now).ToListAsync(ct);
        var planned = new List<PlannedWindow>(windows.Count);
        foreach (var window in windows)
        {
            var checks = await CoveredChecksAsync(db, window, ct);
            planned.Add(new PlannedWindow(window.Id, window.OrganizationId, window.Name, window.Reason, MaintenanceSchedule.Of(window), checks));
        }
        return new MaintenancePlan(stamp, planned);
    }

    /// <summary>The checks a window covers now: chosen by name, or tied to a chosen or tagged item (and what those rely on).</summary>
    public async Task<IReadOnlySet<long>> CoveredChecksAsync(WatchkeeperDb db, MaintenanceWindow window, CancellationToken ct)
    {
        var organizationId = window.OrganizationId;
        var items = window.ItemIds.ToHashSet();
        if (window.Tags.Count > 0)
        {
            var tags = window.Tags;
            items.UnionWith(await db.Set<Inventory.Items.ItemTag>().Where(t => t.OrganizationId == organizationId && tags.Contains(t.Name)).Select(t => t.ItemId).ToListAsync(ct));
        }
        if (window.IncludeDependencies && items.Count > 0)
        {
            var graph = await graphs.GetAsync(db, organizationId, ct);
            items.UnionWith(new DependencyWalk(graph).Upstream(items, DependencyDepth).Select(s => s.Item.Id));
        }
        var named = window.CheckIds;
        var itemList = items.ToList();
        var checks = await db.Checks.Where(c => c.OrganizationId == organizationId && (named.Contains(c.Id) || (c.ItemId != null && itemList.Contains(c.ItemId.Value))))
            .Select(c => c.Id).ToListAsync(ct);
        return checks.ToHashSet();
    }
}
