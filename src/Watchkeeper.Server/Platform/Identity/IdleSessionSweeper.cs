namespace Watchkeeper.Server.Platform.Identity;

/// <summary>
/// Idle sessions are refused when checked, but their rows would stay for users who never sign
/// in again; sweep them hourly. Every node may sweep: deleting what is already gone is harmless.
/// </summary>
public sealed class IdleSessionSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdleSessionSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<UserSessions>().DeleteIdleAsync(stoppingToken);
                logger.LogDebug("Removed {Count} idle sessions", removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not remove idle sessions; trying again in {Interval}", Interval);
            }
        }
    }
}
