using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Monitoring.Scheduling;
using Watchkeeper.Server.Platform.Secrets;

namespace Watchkeeper.Server.Monitoring.Running;

/// <summary>
/// Starts due checks every second. Each start respects a global limit and a limit per target host, so a slow site
/// cannot take every slot; a late check (the server was down) is given a place in the catch-up window instead of
/// being started with all the others (see <see cref="CheckSlots"/>). A failing database only pauses the starting:
/// the loop logs, waits and asks again, and carries on by itself when the database answers.
/// </summary>
public sealed class CheckScheduler(IServiceScopeFactory scopes, CheckRunner runner, ResultWriter writer, ChecksInFlight inFlight,
    IOptions<MonitoringOptions> options, TimeProvider clock, ILogger<CheckScheduler> log) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> perTarget = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, clock);
        do
        {
            try
            {
                await StartDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Starting due checks failed; trying again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task StartDueAsync(CancellationToken ct)
    {
        var room = options.Value.MaxConcurrentChecks - inFlight.Count;
        if (room <= 0)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        var now = clock.GetUtcNow();
        var due = await db.Checks.Include(c => c.Status)
            .Where(c => !c.Paused && c.Status!.NextRunAt <= now)
            .OrderBy(c => c.Status!.NextRunAt).Take(room + inFlight.Count).ToListAsync(ct);
        var late = false;
        foreach (var check in due.Where(c => !inFlight.Contains(c.Id)).Take(room))
        {
            // A heartbeat's deadline has come: nothing to run or spread, the writer judges it against the latest ping.
            if (check.Kind == CheckKind.Heartbeat)
            {
                if (inFlight.TryStart(check.Id))
                {
                    writer.Enqueue(new CompletedRun(check.Id, now, null));
                }
                continue;
            }
            var start = CheckSlots.StartOf(check.Id, TimeSpan.FromSeconds(check.IntervalSeconds), check.Status!.NextRunAt, now);
            if (start > now)
            {
                check.Status.NextRunAt = start;
                late = true;
                continue;
            }
            var credentials = await CheckCredentials.LoadAsync(scope.ServiceProvider.GetRequiredService<SecretStore>(), check, ct);
            if (inFlight.TryStart(check.Id))
            {
                _ = RunAsync(check, credentials, now, ct);
            }
        }
        if (late)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task RunAsync(Check check, CheckCredentials credentials, DateTimeOffset startedAt, CancellationToken ct)
    {
        var gate = perTarget.GetOrAdd(TargetKey(check), _ => new SemaphoreSlim(options.Value.MaxConcurrentChecksPerTarget));
        try
        {
            await gate.WaitAsync(ct);
            try
            {
                writer.Enqueue(new CompletedRun(check.Id, startedAt, await runner.RunAsync(check, credentials, ct)));
            }
            finally
            {
                gate.Release();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            inFlight.Done(check.Id);
        }
    }

    private static string TargetKey(Check check) => CheckDefinition.TargetHost(CheckDefinition.Request(check));
}
