namespace Watchkeeper.Server.Monitoring.Scheduling;

/// <summary>
/// When a check runs. Its runs lie on a fixed grid, every interval from the epoch, shifted by a phase taken from
/// the check's id, so runs never drift however long each takes. The phase is the id times the golden ratio, modulo
/// one: consecutive ids land as far apart as possible, so a thousand checks of one interval fire evenly across it
/// instead of in bursts. A check found late (the server was down or overloaded) is not run at once with every other
/// late check: it is given a place inside a short catch-up window, spread by the same phase, and then rejoins its grid.
/// </summary>
public static class CheckSlots
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxInterval = TimeSpan.FromHours(24);

    /// <summary>How late a run may start and still count as on time.</summary>
    public static readonly TimeSpan LateTolerance = TimeSpan.FromSeconds(5);

    /// <summary>The longest spread of late checks after a return: short, so a late check is not left waiting for long.</summary>
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromMinutes(1);

    // 2^64 divided by the golden ratio: multiplying by it spreads consecutive integers evenly over 0..2^64.
    private const ulong Golden = 0x9E3779B97F4A7C15;

    /// <summary>Where in each interval the check runs, from 0 up to the interval.</summary>
    public static TimeSpan Phase(long checkId, TimeSpan interval)
    {
        var fraction = unchecked((ulong)checkId * Golden);
        return TimeSpan.FromTicks((long)(Math.BigMul(fraction, (ulong)interval.Ticks, out _)));
    }

    /// <summary>The check's first slot strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextAfter(long checkId, TimeSpan interval, DateTimeOffset now)
    {
        var phase = Phase(checkId, interval).Ticks;
        var slots = (now.UtcTicks - phase) / interval.Ticks + 1;
        return new DateTimeOffset(slots * interval.Ticks + phase, TimeSpan.Zero);
    }

    /// <summary>
    /// When a check that was due at <paramref name="due"/> should start, seen at <paramref name="now"/>: now when it is
    /// on time; inside the catch-up window, by its phase, when it is late.
    /// </summary>
    public static DateTimeOffset StartOf(long checkId, TimeSpan interval, DateTimeOffset due, DateTimeOffset now)
    {
        if (now - due <= LateTolerance)
        {
            return now;
        }
        var window = Math.Min(interval.Ticks, CatchUpWindow.Ticks);
        return now + TimeSpan.FromTicks(Phase(checkId, interval).Ticks % window);
    }
}
