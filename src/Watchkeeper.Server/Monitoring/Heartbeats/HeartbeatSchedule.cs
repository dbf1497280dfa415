using System.Globalization;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Platform.Scheduling;

namespace Watchkeeper.Server.Monitoring.Heartbeats;

/// <summary>
/// When a heartbeat check expects its next ping and when it is down without one: every period, or at the times of a
/// cron expression read in a time zone (so a 02:00 backup stays at 02:00 across daylight saving), each with a grace.
/// </summary>
public sealed record HeartbeatSchedule(TimeSpan? Period, TimeSpan Grace, string? Cron, string TimeZone)
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(1);
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromHours(1);

    public static HeartbeatSchedule Of(HeartbeatCheckSettings settings)
    {
        var cron = settings.Cron?.Trim() is { Length: > 0 } c ? c : null;
        var period = cron is null ? TimeSpan.FromSeconds(settings.PeriodSeconds ?? DefaultPeriod.TotalSeconds) : (TimeSpan?)null;
        var grace = settings.GraceSeconds is { } g ? TimeSpan.FromSeconds(g) : DefaultGrace;
        return new(period, grace, cron, settings.TimeZone?.Trim() is { Length: > 0 } zone ? zone : "UTC");
    }

    public static HeartbeatSchedule Of(Check check) => Of(CheckDefinition.Request(check).Heartbeat ?? new HeartbeatCheckSettings());

    /// <summary>
    /// The first time a ping is expected after <paramref name="since"/>, in UTC as stored; far in the future for a cron expression that
    /// never fires again.
    /// </summary>
    public DateTimeOffset ExpectedAfter(DateTimeOffset since) =>
        Period is { } period ? since + period : CronSchedule.Next(Cron, TimeZone, since)?.ToUniversalTime() ?? DateTimeOffset.MaxValue - Grace;

    /// <summary>
    /// When the check is down unless a ping arrives: the first expected ping after the last one (or after the wait began)
    /// plus the grace, or sooner, the start of a run in progress plus the grace.
    /// </summary>
    public DateTimeOffset Deadline(DateTimeOffset waitingSince, DateTimeOffset? startedAt)
    {
        var expected = ExpectedAfter(waitingSince) + Grace;
        return startedAt is { } started && started + Grace < expected ? started + Grace : expected;
    }

    /// <summary>What is expected, for messages: "expected every 1 h, grace 5 min".</summary>
    public string Describe() => Period is { } period
        ? $"expected every {Span(period)}, grace {Span(Grace)}"
        : $"expected at '{Cron}' {TimeZone}, grace {Span(Grace)}";

    /// <summary>A time as the check's people read it: in its time zone, with the date when it is not today.</summary>
    public string Time(DateTimeOffset at, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var format = local.Date == TimeZoneInfo.ConvertTime(now, zone).Date ? "HH:mm:ss" : "yyyy-MM-dd HH:mm";
        return local.ToString(format, CultureInfo.InvariantCulture) + " " + TimeZone;
    }

    /// <summary>A duration in its largest units: "1 h", "1 h 30 min", "45 s", "2 d".</summary>
    public static string Span(TimeSpan span)
    {
        var parts = new[] { (span.Days, "d"), (span.Hours, "h"), (span.Minutes, "min"), (span.Seconds, "s") }
            .Where(p => p.Item1 > 0).Select(p => $"{p.Item1.ToString(CultureInfo.InvariantCulture)} {p.Item2}").ToList();
        return parts.Count == 0 ? "0 s" : string.Join(' ', parts);
    }
}
