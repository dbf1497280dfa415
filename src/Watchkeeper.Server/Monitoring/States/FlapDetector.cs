using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.States;

/// <summary>
/// Flapping, the way Nagios judges it: over the last 21 results, how often the result changed from one to the next,
/// the newer changes weighing more (0.8 for the oldest to 1.2 for the newest). A check starts flapping above 50% and
/// stops below 25%, so it does not flap in and out of flapping. Fewer than 21 results never count as flapping.
/// </summary>
public static class FlapDetector
{
    public const int Window = 21;
    private const double StartAbove = 0.50;
    private const double StopBelow = 0.25;

    public static string Remember(string recent, CheckState result)
    {
        var letter = result switch
        {
            CheckState.Up => 'U',
            CheckState.Degraded => 'G',
            CheckState.Down => 'D',
            _ => '?',
        };
        var added = recent + letter;
        return added.Length > Window ? added[^Window..] : added;
    }

    public static double ChangeRate(string recent)
    {
        if (recent.Length < Window)
        {
            return 0;
        }
        double weighted = 0;
        const int comparisons = Window - 1;
        for (var i = 1; i < Window; i++)
        {
            if (recent[i] != recent[i - 1])
            {
                weighted += 0.8 + (0.4 * (i - 1) / (comparisons - 1));
            }
        }
        return weighted / comparisons;
    }

    public static bool IsFlapping(string recent, bool wasFlapping)
    {
        var rate = ChangeRate(recent);
        return wasFlapping ? rate >= StopBelow : rate > StartAbove;
    }
}
