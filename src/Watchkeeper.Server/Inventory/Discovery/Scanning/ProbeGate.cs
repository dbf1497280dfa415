using System.Threading.RateLimiting;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>
/// Every probe of a run passes here: at most <c>Concurrency</c> in flight and at most <c>RatePerSecond</c>
/// started per second, whatever mix of hosts and probe kinds the run has.
/// </summary>
public sealed class ProbeGate : IAsyncDisposable
{
    private const int SlicesPerSecond = 10;

    private readonly SemaphoreSlim inFlight;
    private readonly TokenBucketRateLimiter rate;

    public ProbeGate(int concurrency, int ratePerSecond)
    {
        inFlight = new SemaphoreSlim(concurrency, concurrency);
        // Tokens come in tenths of a second, so a run never bursts a whole second's budget at once.
        var slices = Math.Min(SlicesPerSecond, ratePerSecond);
        rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, ratePerSecond / slices),
            TokensPerPeriod = Math.Max(1, ratePerSecond / slices),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / slices),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> probe, CancellationToken ct)
    {
        using var lease = await rate.AcquireAsync(1, ct);
        await inFlight.WaitAsync(ct);
        try
        {
            return await probe(ct);
        }
        finally
        {
            inFlight.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await rate.DisposeAsync();
        inFlight.Dispose();
    }
}
