using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Monitoring.Heartbeats;
using Watchkeeper.Server.Monitoring.Maintenance;
using Watchkeeper.Server.Monitoring.Probes;
using Watchkeeper.Server.Monitoring.Scheduling;
using Watchkeeper.Server.Monitoring.States;

namespace Watchkeeper.Server.Monitoring.Running;

/// <summary>
/// Writes finished runs in batches, one transaction each: the raw results, each check's state through the state
/// machine, its next run, and for every confirmed change a history row and a <see cref="CheckStateChanged"/> event in
/// the outbox, except inside a maintenance window (see <see cref="MaintenanceTransitions"/>). When the database fails,
/// the batch is kept and retried with a growing pause, so results wait instead of
/// being lost and the writer carries on by itself once the database is back.
/// </summary>
public sealed class ResultWriter(IServiceScopeFactory scopes, ChecksInFlight inFlight, MaintenanceCalendar maintenance, TimeProvider clock, ILogger<ResultWriter> log) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    // Unbounded is safe: at most one run per check is ever waiting here (see ChecksInFlight).
    private readonly Channel<CompletedRun> runs = Channel.CreateUnbounded<CompletedRun>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(CompletedRun run) => runs.Writer.TryWrite(run);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<CompletedRun>(BatchSize);
        while (await runs.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(Gather, clock, stoppingToken);
            while (batch.Count < BatchSize && runs.Reader.TryRead(out var run))
            {
                batch.Add(run);
            }
            await WriteUntilSavedAsync(batch, stoppingToken);
            foreach (var run in batch)
            {
                if (run.Scheduled)
                {
                    inFlight.Done(run.CheckId);
                }
                run.Saved?.TrySetResult();
            }
            batch.Clear();
        }
    }

    private async Task WriteUntilSavedAsync(List<CompletedRun> batch, CancellationToken ct)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await WriteAsync(batch, ct);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                log.LogError(e, "Saving {Count} check results failed; retrying in {Pause}", batch.Count, pause);
                await Task.Delay(pause, clock, ct);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    public async Task WriteAsync(IReadOnlyList<CompletedRun> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        var ids = batch.Select(r => r.CheckId).Distinct().ToList();
        var checks = await db.Checks.Include(c => c.Status).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var heartbeats = await HeartbeatsOfAsync(db, checks.Values, ct);
        var plan = await maintenance.GetAsync(db, ct);
        foreach (var run in batch)
        {
            // Deleted or paused while it ran: the run no longer speaks for the check.
            if (checks.GetValueOrDefault(run.CheckId) is not { Paused: false, Status: { } status } check)
            {
                continue;
            }
            var step = run.Outcome is { } probed
                ? new HeartbeatStep(probed, CheckSlots.NextAfter(check.Id, TimeSpan.FromSeconds(check.IntervalSeconds), run.StartedAt))
                : heartbeats.GetValueOrDefault(check.Id) is { } heartbeat ? HeartbeatVerdict.Step(check, status, heartbeat, run) : null;
            if (step is null)
            {
                continue;
            }
            status.NextRunAt = step.Deadline;
            if (step.Outcome is { } outcome)
            {
                MaintenanceTransitions.Apply(db, check, status, plan.For(check.Id, run.StartedAt), run.StartedAt);
                Record(db, check, status, run.StartedAt, outcome);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Dictionary<long, Heartbeat>> HeartbeatsOfAsync(WatchkeeperDb db, IEnumerable<Check> checks, CancellationToken ct)
    {
        var ids = checks.Where(c => c.Kind == Contracts.CheckKind.Heartbeat).Select(c => c.Id).ToList();
        return ids.Count == 0 ? [] : await db.Heartbeats.Where(h => ids.Contains(h.CheckId)).ToDictionaryAsync(h => h.CheckId, ct);
    }

    private static void Record(WatchkeeperDb db, Check check, CheckStatus status, DateTimeOffset at, ProbeOutcome outcome)
    {
        var evidence = JsonSerializer.Serialize(outcome.Evidence);
        db.CheckResults.Add(new CheckResult { CheckId = check.Id, At = at, Result = outcome.Result, Message = outcome.Message, LatencyMs = outcome.LatencyMs, Evidence = evidence });
        var step = CheckStateMachine.Apply(status.Memory, outcome.Result, new CheckThresholds(check.FailuresBeforeDown, check.SuccessesBeforeUp));
        status.Remember(step.Memory);
        (status.LastRunAt, status.LastResult, status.LastMessage, status.LastLatencyMs) = (at, outcome.Result, outcome.Message, outcome.LatencyMs);
        if (step.Left is { } left)
        {
            status.StateSince = at;
            var suppressed = status.MaintenanceWindowId is not null;
            db.CheckStateChanges.Add(new CheckStateChange
            {
                CheckId = check.Id, OrganizationId = check.OrganizationId, At = at, From = left, To = step.Memory.State, Message = outcome.Message,
                Flapping = step.Memory.Flapping, Suppressed = suppressed,
            });
            if (suppressed)
            {
                return;
            }
            db.Publish(new CheckStateChanged(check.Id, check.Name, check.ItemId, left, step.Memory.State, at, outcome.Message, step.Memory.Flapping, outcome.Evidence),
                check.OrganizationId);
        }
    }
}
