using Cronos;

namespace Watchkeeper.Server.Platform.Scheduling;

/// <summary>Cron schedules read in an IANA time zone, so "every day at 02:00" follows daylight saving time.</summary>
public static class CronSchedule
{
    public static string? Problem(string cron)
    {
        try
        {
            CronExpression.Parse(cron, CronFormat.Standard);
            return null;
        }
        catch (CronFormatException e)
        {
            return $"'{cron}' is not a cron expression (minute hour day-of-month month day-of-week, like '0 2 * * *'): {e.Message}";
        }
    }

    /// <summary>The first time strictly after <paramref name="after"/>; null without a schedule.</summary>
    public static DateTimeOffset? Next(string? cron, string timeZone, DateTimeOffset after) =>
        cron is null ? null : CronExpression.Parse(cron, CronFormat.Standard).GetNextOccurrence(after, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
}
