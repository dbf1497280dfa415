using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>
/// A heartbeat check: jobs (cron, backups, batch runs) call its ping URL, and it goes down when a ping is missing.
/// Expected either every <paramref name="PeriodSeconds"/>, or at the times of <paramref name="Cron"/> read in
/// <paramref name="TimeZone"/>; a ping may be up to <paramref name="GraceSeconds"/> late. With neither a period nor a
/// cron expression, a ping is expected every day.
/// </summary>
/// <param name="PeriodSeconds">Seconds between pings, 10 to 31536000 (a year); not with <paramref name="Cron"/>.</param>
/// <param name="GraceSeconds">How late a ping may be before the check is down, and how long a started run may take, 1 to 31536000 (default 3600).</param>
/// <param name="Cron">When pings are expected: minute hour day-of-month month day-of-week, like <c>0 2 * * *</c>.</param>
/// <param name="TimeZone">The IANA time zone the cron expression is read in (default UTC).</param>
public sealed record HeartbeatCheckSettings(
    [property: Range(10, 31_536_000)] int? PeriodSeconds = null,
    [property: Range(1, 31_536_000)] int? GraceSeconds = null,
    [property: StringLength(100)] string? Cron = null,
    [property: StringLength(64)] string? TimeZone = null);

/// <summary>Where a heartbeat check's pings go, and what the last ones brought.</summary>
/// <param name="PingUrl">The healthchecks-style ping URL: append <c>/start</c>, <c>/fail</c>, <c>/log</c> or <c>/{exit code}</c>.</param>
/// <param name="PushUrl">The same check's Uptime Kuma push URL (<c>?status=up|down&amp;msg=…&amp;ping=…</c>).</param>
/// <param name="LastPingAt">When the last ping of any kind arrived.</param>
/// <param name="LastPingKind">What it was: Success, Start, Fail, Log, or ExitCode.</param>
/// <param name="LastBody">The body of the last ping that carried one, up to 10 KB.</param>
/// <param name="StartedAt">When the run in progress started (a start ping not yet followed by its end).</param>
/// <param name="LastDurationMs">How long the last run took, from its start ping to its end.</param>
/// <param name="Deadline">When the check goes down unless a ping arrives.</param>
public sealed record HeartbeatDto(string PingUrl, string PushUrl, DateTimeOffset? LastPingAt, string? LastPingKind, string? LastBody,
    DateTimeOffset? StartedAt, double? LastDurationMs, DateTimeOffset? Deadline);
