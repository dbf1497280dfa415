using System.Threading.Channels;

namespace Watchkeeper.Server.Inventory.Discovery.Runs;

/// <summary>Runs queued on this node, handed from the request (or the schedule) to the worker that executes them.</summary>
public sealed class DiscoveryRunQueue
{
    private readonly Channel<long> runs = Channel.CreateUnbounded<long>();

    public void Enqueue(long runId) => runs.Writer.TryWrite(runId);

    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken ct) => runs.Reader.ReadAllAsync(ct);
}
