namespace Watchkeeper.Server.Data.Cluster;

/// <summary>The single-node case: a signal goes straight to this node's handlers.</summary>
public sealed class InProcessSignals(IEnumerable<IClusterSignalHandler> handlers) : IClusterSignals
{
    public async Task SendAsync(string channel, string payload, CancellationToken cancellationToken)
    {
        ClusterChannels.Validate(channel);
        foreach (var handler in handlers.Where(h => h.Channel == channel))
        {
            await handler.HandleAsync(payload, cancellationToken);
        }
    }
}
