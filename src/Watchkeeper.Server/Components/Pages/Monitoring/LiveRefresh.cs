namespace Watchkeeper.Server.Components.Pages.Monitoring;

/// <summary>
/// Re-reads a page's data every few seconds while it is open and redraws it in place, without the page's loading
/// state, so a board follows the checks without a reload. Dispose with the page to stop.
/// </summary>
public sealed class LiveRefresh(TimeSpan every) : IDisposable
{
    private readonly CancellationTokenSource closing = new();

    /// <param name="refresh">Reads the data again; false when there was nothing to redraw.</param>
    /// <param name="redraw">Renders the page with what was read.</param>
    public void Start(Func<Task<bool>> refresh, Func<Task> redraw) => _ = RunAsync(refresh, redraw);

    private async Task RunAsync(Func<Task<bool>> refresh, Func<Task> redraw)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(closing.Token))
            {
                if (await refresh())
                {
                    await redraw();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    public void Dispose()
    {
        closing.Cancel();
        closing.Dispose();
    }
}
