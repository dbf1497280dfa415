using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Discovery.Runs;

/// <summary>
/// Executes the runs queued on this node, each on its own scope, several jobs at once. On start it
/// marks runs a previous stop left queued or running as failed: nothing will finish them.
/// </summary>
public sealed class DiscoveryRunWorker(IServiceScopeFactory scopes, DiscoveryRunQueue queue, TimeProvider clock, ILogger<DiscoveryRunWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await FailInterruptedAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not mark interrupted discovery runs as failed");
        }
        var running = new List<Task>();
        await foreach (var runId in queue.ReadAllAsync(stoppingToken))
        {
            running.RemoveAll(t => t.IsCompleted);
            running.Add(Task.Run(() => RunAsync(runId, stoppingToken), CancellationToken.None));
        }
        await Task.WhenAll(running);
    }

    private async Task RunAsync(long runId, CancellationToken stopping)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DiscoveryRunExecution>().ExecuteAsync(runId, stopping);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogError(e, "Discovery run {RunId} could not be recorded", runId);
        }
    }

    private async Task FailInterruptedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        var now = clock.GetUtcNow();
        var failed = await db.DiscoveryRuns.Where(r => r.Status == DiscoveryRunStatus.Queued || r.Status == DiscoveryRunStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, DiscoveryRunStatus.Failed).SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Error, "Interrupted by a server stop."), ct);
        if (failed > 0)
        {
            log.LogWarning("Marked {Count} discovery run(s) interrupted by the last stop as failed", failed);
        }
    }
}
