using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Scheduling;

namespace Watchkeeper.Server.Inventory.Discovery.Runs;

/// <summary>
/// Starts scheduled jobs when due. The next time is computed from now, not from the missed time, so a
/// server that was down for a day runs each job once on return instead of once per missed slot.
/// </summary>
public sealed class DiscoveryScheduler(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DiscoveryScheduler> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await StartDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Starting scheduled discovery jobs failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task StartDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        var now = clock.GetUtcNow();
        var due = await db.DiscoveryJobs.Where(j => j.Enabled && j.NextRunAt != null && j.NextRunAt <= now).Select(j => j.Id).ToListAsync(ct);
        foreach (var id in due)
        {
            await using var jobScope = scopes.CreateAsyncScope();
            var jobDb = jobScope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
            var job = await jobDb.DiscoveryJobs.SingleAsync(j => j.Id == id, ct);
            job.NextRunAt = CronSchedule.Next(job.Schedule, job.TimeZone, now);
            // Another node that took the same job first moves its version: this start then loses on the token.
            await jobScope.ServiceProvider.GetRequiredService<DiscoveryRunStarter>().StartAsync(job, scheduled: true, ct);
        }
    }
}
