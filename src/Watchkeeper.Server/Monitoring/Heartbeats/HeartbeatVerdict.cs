using System.Globalization;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Monitoring.Probes;
using Watchkeeper.Server.Monitoring.Running;

namespace Watchkeeper.Server.Monitoring.Heartbeats;

/// <summary>What a ping, or a deadline passing without one, does to a heartbeat check: the result to record, if any, and the next deadline.</summary>
public sealed record HeartbeatStep(ProbeOutcome? Outcome, DateTimeOffset Deadline);

/// <summary>
/// The heartbeat's rules, apart from the database: a success or failure ends the wait (and the run in progress, whose
/// time becomes the result's latency); a start shortens the wait to the grace; a log ping only keeps its body; a
/// deadline that passed without a ping is down, once per expected ping.
/// </summary>
public static class HeartbeatVerdict
{
    private const int BodyInEvidence = 1000;

    /// <summary>A ping or a deadline of a saved check, with the deadline its status holds.</summary>
    public static HeartbeatStep Step(Check check, CheckStatus status, Heartbeat heartbeat, CompletedRun run)
    {
        var schedule = HeartbeatSchedule.Of(check);
        return run.Ping is { } ping ? Apply(heartbeat, schedule, ping, run.StartedAt) : Missed(heartbeat, schedule, status.NextRunAt, run.StartedAt);
    }

    public static HeartbeatStep Apply(Heartbeat heartbeat, HeartbeatSchedule schedule, HeartbeatPing ping, DateTimeOffset at)
    {
        (heartbeat.LastPingAt, heartbeat.LastPingKind) = (at, ping.Kind);
        if (!string.IsNullOrEmpty(ping.Body))
        {
            heartbeat.LastBody = ping.Body;
        }
        if (ping.Kind == PingKind.Start)
        {
            heartbeat.StartedAt = at;
        }
        if (!ping.Ends)
        {
            return new(null, schedule.Deadline(heartbeat.WaitingSince, heartbeat.StartedAt));
        }
        var duration = heartbeat.StartedAt is { } started ? (at - started).TotalMilliseconds : (double?)null;
        (heartbeat.StartedAt, heartbeat.LastDurationMs, heartbeat.WaitingSince) = (null, duration ?? heartbeat.LastDurationMs, at);
        var outcome = new ProbeOutcome(ping.Succeeded ? CheckState.Up : CheckState.Down, ProbeOutcome.Shorten(Message(ping, duration)), duration ?? ping.ReportedMs,
            Evidence(ping, duration));
        return new(outcome, schedule.Deadline(at, null));
    }

    /// <summary>The deadline came: down, unless a ping moved it since the scheduler saw it due (then nothing).</summary>
    public static HeartbeatStep Missed(Heartbeat heartbeat, HeartbeatSchedule schedule, DateTimeOffset deadline, DateTimeOffset at)
    {
        if (at < deadline)
        {
            return new(null, deadline);
        }
        var message = heartbeat.StartedAt is { } started && started + schedule.Grace <= at
            ? $"Started at {schedule.Time(started, at)} but never finished (grace {HeartbeatSchedule.Span(schedule.Grace)})"
            : $"No ping since {schedule.Time(heartbeat.WaitingSince, at)} ({schedule.Describe()})";
        // The run that never finished is given up, so the next deadline is the schedule's own.
        heartbeat.StartedAt = null;
        var evidence = new Dictionary<string, string> { ["waitingSince"] = heartbeat.WaitingSince.ToString("O", CultureInfo.InvariantCulture) };
        return new(ProbeOutcome.Down(message, evidence: evidence), schedule.ExpectedAfter(at) + schedule.Grace);
    }

    private static string Message(HeartbeatPing ping, double? durationMs)
    {
        var said = ping.Kind switch
        {
            PingKind.ExitCode when ping.ExitCode != 0 => $"Exited with code {ping.ExitCode}",
            PingKind.Fail => "Failure reported",
            _ => "Ping received",
        };
        var run = durationMs is { } ms ? $" after a run of {RunTime(ms)}" : "";
        var detail = ping.Message ?? FirstLine(ping.Body);
        return string.IsNullOrWhiteSpace(detail) ? said + run : $"{said}{run}: {detail.Trim()}";
    }

    private static string RunTime(double ms) =>
        ms < 1000 ? $"{ms.ToString("0", CultureInfo.InvariantCulture)} ms" : HeartbeatSchedule.Span(TimeSpan.FromSeconds(Math.Round(ms / 1000)));

    private static Dictionary<string, string> Evidence(HeartbeatPing ping, double? durationMs)
    {
        var evidence = new Dictionary<string, string> { ["ping"] = ping.Kind.ToString() };
        Add(evidence, "exitCode", ping.ExitCode?.ToString(CultureInfo.InvariantCulture));
        Add(evidence, "durationMs", durationMs?.ToString("0.#", CultureInfo.InvariantCulture));
        Add(evidence, "reportedMs", ping.ReportedMs?.ToString("0.#", CultureInfo.InvariantCulture));
        Add(evidence, "message", ping.Message);
        Add(evidence, "body", ping.Body is { Length: > BodyInEvidence } body ? body[..BodyInEvidence] : ping.Body);
        return evidence;
    }

    private static void Add(Dictionary<string, string> evidence, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            evidence[key] = value;
        }
    }

    private static string? FirstLine(string? body) => body?.Split('\n', 2)[0].TrimEnd('\r') is { Length: > 0 } line ? line[..Math.Min(line.Length, 200)] : null;
}
