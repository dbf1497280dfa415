namespace Watchkeeper.Server.Data.Cluster;

/// <summary>
/// Holds one dedicated connection that LISTENs on every handled channel and hands each
/// notification to this node's handlers. A lost connection is re-opened with backoff;
/// signals sent meanwhile are lost, which the handlers' backstops absorb.
/// </summary>
public sealed class PostgresSignalListener(
    PostgresSignalConnection connection, IEnumerable<IClusterSignalHandler> handlers, TimeProvider clock, ILogger<PostgresSignalListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly ILookup<string, IClusterSignalHandler> byChannel = handlers.ToLookup(h => ClusterChannels.Validate(h.Channel));
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TimeSpan backoff = FirstBackoff;

    /// <summary>Completes once the listener has first subscribed, so a test can wait for it.</summary>
    public Task Listening => listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested && byChannel.Count > 0)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Lost the cluster signal connection; reconnecting in {Backoff}", backoff);
                await Task.Delay(backoff, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var listener = await connection.Source.OpenConnectionAsync(stoppingToken);
        listener.Notification += (_, e) => Dispatch(e.Channel, e.Payload, stoppingToken);
        await using (var command = listener.CreateCommand())
        {
            command.CommandText = string.Concat(byChannel.Select(c => $"LISTEN \"{c.Key}\";"));
            await command.ExecuteNonQueryAsync(stoppingToken);
        }
        logger.LogInformation("Listening for cluster signals on {Channels}", string.Join(", ", byChannel.Select(c => c.Key)));
        backoff = FirstBackoff;
        listening.TrySetResult();
        while (true)
        {
            await listener.WaitAsync(stoppingToken);
        }
    }

    // Handlers run off the connection's read loop, so a slow one never delays the next notification.
    private void Dispatch(string channel, string payload, CancellationToken stoppingToken)
    {
        foreach (var handler in byChannel[channel])
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler.HandleAsync(payload, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Cluster signal handler for {Channel} failed", channel);
                }
            }, stoppingToken);
        }
    }
}
