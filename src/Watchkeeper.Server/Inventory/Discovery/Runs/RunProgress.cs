using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Discovery.Runs;

/// <summary>
/// Counts probed and responding hosts as the scanner reports them and writes the counts twice a second
/// on its own context, picking up a cancel request on the way.
/// </summary>
public sealed class RunProgress(IServiceScopeFactory scopes, long runId, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private int probed;
    private int responding;

    public void Probed(bool answered)
    {
        Interlocked.Increment(ref probed);
        if (answered)
        {
            Interlocked.Increment(ref responding);
        }
    }

    /// <summary>Writes until <paramref name="done"/> is cancelled; cancels <paramref name="scan"/> when a user asked to.</summary>
    public async Task WriteAsync(CancellationTokenSource scan, CancellationToken done)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(done))
            {
                if (await FlushAsync(db, done))
                {
                    await scan.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The scan ended; the run's final counts are written with its status.
        }
    }

    public (int Probed, int Responding) Counts => (Volatile.Read(ref probed), Volatile.Read(ref responding));

    /// <returns>Whether a cancel was requested.</returns>
    private async Task<bool> FlushAsync(WatchkeeperDb db, CancellationToken ct)
    {
        var (p, r) = Counts;
        await db.DiscoveryRuns.Where(x => x.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(x => x.HostsProbed, p).SetProperty(x => x.HostsResponding, r), ct);
        return await db.DiscoveryRuns.AnyAsync(x => x.Id == runId && x.CancelRequested, ct);
    }
}
