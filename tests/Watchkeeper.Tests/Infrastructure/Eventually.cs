namespace Watchkeeper.Tests.Infrastructure;

/// <summary>Waits for something a background worker does, failing after a bound rather than sleeping a guess.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? within = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail(because ?? "The condition did not become true in time.");
            }
            await Task.Delay(50);
        }
    }
}
