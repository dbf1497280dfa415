using Cronos;

namespace Watchkeeper.Server.Monitoring.Maintenance;

/// <summary>One stretch of maintenance: from its start until just before its end.</summary>
public readonly record struct MaintenanceOccurrence(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Contains(DateTimeOffset at) => Start <= at && at < End;
}

/// <summary>
/// When a window is in force. A recurring window's starts are cron times in its time zone, so "Sundays at 02:00" is
/// 02:00 local in summer and winter (Cronos moves a start that falls into a skipped hour to the hour after). Occurrences
/// that overlap (every hour, lasting two) join into one stretch.
/// </summary>
public sealed class MaintenanceSchedule
{
    // Far more joined occurrences than any real window has; stops a pathological one (every minute for a week) from spinning.
    private const int MostJoined = 1_000;

    private readonly MaintenanceOccurrence? once;
    private readonly CronExpression? cron;
    private readonly TimeZoneInfo zone = TimeZoneInfo.Utc;
    private readonly TimeSpan duration;

    private MaintenanceSchedule(MaintenanceOccurrence once) => this.once = once;

    private MaintenanceSchedule(CronExpression cron, TimeZoneInfo zone, TimeSpan duration) => (this.cron, this.zone, this.duration) = (cron, zone, duration);

    public static MaintenanceSchedule Of(MaintenanceWindow window) => window.Cron is { } cron
        ? new(CronExpression.Parse(cron, CronFormat.Standard), TimeZoneInfo.FindSystemTimeZoneById(window.TimeZone), TimeSpan.FromMinutes(window.DurationMinutes ?? 0))
        : new(new MaintenanceOccurrence(window.StartsAt!.Value, window.EndsAt!.Value));

    /// <summary>The stretch in force at <paramref name="at"/>, if any, from the earliest of its occurrences still running.</summary>
    public MaintenanceOccurrence? At(DateTimeOffset at)
    {
        if (cron is null)
        {
            return once!.Value.Contains(at) ? once : null;
        }
        // The earliest start whose occurrence has not ended by now; it is in force if it has begun.
        if (cron.GetNextOccurrence(at - duration, zone) is not { } start || start > at)
        {
            return null;
        }
        return Joined(start);
    }

    /// <summary>The stretch in force at <paramref name="now"/>, if any, then the ones after it: <paramref name="count"/> in all.</summary>
    public IReadOnlyList<MaintenanceOccurrence> From(DateTimeOffset now, int count)
    {
        var current = At(now);
        var later = After(current?.End ?? now, count - (current is null ? 0 : 1));
        return current is { } stretch ? [stretch, .. later] : later;
    }

    /// <summary>The next <paramref name="count"/> stretches that begin after <paramref name="after"/>.</summary>
    public IReadOnlyList<MaintenanceOccurrence> After(DateTimeOffset after, int count)
    {
        if (cron is null)
        {
            return once!.Value.Start > after ? [once.Value] : [];
        }
        var found = new List<MaintenanceOccurrence>(count);
        var from = after;
        while (found.Count < count && cron.GetNextOccurrence(from, zone) is { } start)
        {
            var stretch = Joined(start);
            found.Add(stretch);
            from = stretch.End - duration;
        }
        return found;
    }

    private MaintenanceOccurrence Joined(DateTimeOffset first)
    {
        var (last, end) = (first, first + duration);
        for (var i = 0; i < MostJoined && cron!.GetNextOccurrence(last, zone) is { } next && next <= end; i++)
        {
            (last, end) = (next, next + duration);
        }
        return new(first, end);
    }
}
