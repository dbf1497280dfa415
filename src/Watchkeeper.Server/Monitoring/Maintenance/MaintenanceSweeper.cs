using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Monitoring.Running;

namespace Watchkeeper.Server.Monitoring.Maintenance;

/// <summary>
/// Moves checks into and out of maintenance as windows begin and end, so a check that runs once a day shows
/// Maintenance from the window's first minute. A check with a run in flight is left to the result writer, which makes
/// the same move with that run, so the two never write the same step twice.
/// </summary>
public sealed class MaintenanceSweeper(IServiceScopeFactory scopes, MaintenanceCalendar calendar, ChecksInFlight inFlight, TimeProvider clock,
    ILogger<MaintenanceSweeper> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(10);
    private const int Chunk = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Moving checks into or out of maintenance failed; trying again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        var plan = await calendar.GetAsync(db, ct);
        var now = clock.GetUtcNow();
        var held = await db.CheckStatuses.Where(s => s.MaintenanceWindowId != null).Select(s => new { s.CheckId, s.MaintenanceWindowId }).ToListAsync(ct);
        var due = plan.HeldAt(now);
        var moving = held.Where(h => due.GetValueOrDefault(h.CheckId)?.Window.Id != h.MaintenanceWindowId).Select(h => h.CheckId)
            .Concat(due.Keys.Except(held.Select(h => h.CheckId)))
            .Where(id => !inFlight.Contains(id)).ToList();
        foreach (var chunk in moving.Chunk(Chunk))
        {
            var checks = await db.Checks.Include(c => c.Status).Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            foreach (var check in checks)
            {
                MaintenanceTransitions.Apply(db, check, check.Status!, due.GetValueOrDefault(check.Id), now);
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
