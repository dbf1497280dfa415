using System.Globalization;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>How checks, their results and their changes read for people; <c>--json</c> prints the API's shapes instead.</summary>
public static class CheckOutput
{
    public static readonly Table<CheckDto> Checks = new(
        ("Id", c => Format.Number(c.Id)), ("Name", c => c.Name), ("Kind", c => c.Kind.ToString()), ("State", State), ("Target", Target),
        ("Item", c => c.Item?.Name), ("Last run", c => Format.Time(c.Status.LastRunAt)), ("Message", c => c.Status.LastMessage));

    public static readonly Table<CheckResultDto> Results = new(
        ("Id", r => Format.Number(r.Id)), ("At", r => Format.Time(r.At)), ("Result", r => r.Result.ToString()), ("Latency", r => Milliseconds(r.LatencyMs)),
        ("Phases", r => Phases(r.Evidence)), ("Message", r => r.Message));

    public static readonly Table<CheckStateChangeDto> Changes = new(
        ("At", c => Format.Time(c.At)), ("From", c => c.From.ToString()), ("To", c => c.To.ToString()), ("Flapping", c => Format.YesNo(c.Flapping)),
        ("Message", c => c.Message));

    public static string State(CheckDto check) => check.Status.Flapping ? $"{check.Status.State} (flapping)" : check.Status.State.ToString();

    public static string? Target(CheckDto check) => CheckKinds.For(check.Kind)?.Target(check);

    /// <summary>The check's definition and where it stands, with the evidence of its last run when there is one.</summary>
    public static void Print(Session s, CheckDto check, CheckResultDto? last = null, HeartbeatDto? heartbeat = null)
    {
        var status = check.Status;
        (string, string?)[] fields =
        [
            ("Id", Format.Number(check.Id)), ("Name", check.Name), ("Kind", check.Kind.ToString()), ("Target", Target(check)), ("Item", check.Item?.Name),
            ("State", State(check)), ("Since", Format.Time(status.Since)), ("Paused", Format.YesNo(check.Paused)),
            ("Interval", Seconds.Format(check.IntervalSeconds)), ("Timeout", Seconds.Format(check.TimeoutSeconds)),
            ("Failures before down", Format.Number(check.FailuresBeforeDown)), ("Successes before up", Format.Number(check.SuccessesBeforeUp)),
            // A kind has many optional settings; those not set would only be rows of dashes.
            .. (CheckKinds.For(check.Kind)?.Settings(check) ?? []).Where(setting => setting.Value is not null),
            ("Credentials", check.HasCredentials ? "stored" : null),
            .. Heartbeat(heartbeat),
            ("Last run", Format.Time(status.LastRunAt)), ("Last result", status.LastResult?.ToString()), ("Last latency", Milliseconds(status.LastLatencyMs)),
            ("Last message", status.LastMessage), ("Last phases", last is null ? null : Phases(last.Evidence)),
            ("Next run", Format.Time(status.NextRunAt)), ("Version", Format.Number(check.Version)),
        ];
        s.Out.Item(check, fields);
    }

    /// <summary>A heartbeat check's URLs and last pings, which the API keeps apart from the check; null for other kinds.</summary>
    public static async Task<HeartbeatDto?> HeartbeatOfAsync(Session s, CheckDto check, CancellationToken ct) =>
        check.Kind == CheckKind.Heartbeat ? await s.Client.GetHeartbeatAsync(check.Id, ct) : null;

    private static (string, string?)[] Heartbeat(HeartbeatDto? heartbeat) => heartbeat is null ? [] :
    [
        ("Ping URL", heartbeat.PingUrl), ("Push URL", heartbeat.PushUrl),
        ("Last ping", heartbeat.LastPingAt is { } at ? $"{heartbeat.LastPingKind} at {Format.Time(at)}" : "none yet"),
        ("Running since", Format.Time(heartbeat.StartedAt)), ("Last run took", Milliseconds(heartbeat.LastDurationMs)),
    ];

    /// <summary>One run's verdict, its message and all of its evidence, the body last since it is the longest.</summary>
    public static void Print(Session s, CheckTestDto run)
    {
        var evidence = run.Evidence.Where(e => !IsPhase(e.Key)).OrderBy(e => e.Key is "body" or "answer" ? 1 : 0)
            .Select(e => (Capitalized(Label(e.Key)), (string?)e.Value));
        (string, string?)[] fields = [("Result", run.Result.ToString()), ("Latency", Milliseconds(run.LatencyMs)), ("Message", run.Message), ("Phases", Phases(run.Evidence)), .. evidence];
        s.Out.Item(run, fields);
    }

    public static string? Milliseconds(double? ms) => ms?.ToString("0.0' ms'", CultureInfo.InvariantCulture);

    /// <summary>The timings in a run's evidence (<c>dnsMs</c>, <c>connectMs</c>, …) in the order they happened: "dns 0.3 ms, connect 0.2 ms".</summary>
    public static string? Phases(IReadOnlyDictionary<string, string> evidence)
    {
        var phases = evidence.Where(e => IsPhase(e.Key)).Select(e => $"{Label(e.Key[..^2])} {e.Value} ms").ToList();
        return phases.Count == 0 ? null : Format.List(phases);
    }

    private static bool IsPhase(string key) => key.Length > 2 && key.EndsWith("Ms", StringComparison.Ordinal);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>An evidence key as words: <c>firstByte</c> is "first byte".</summary>
    private static string Label(string key) =>
        string.Concat(key.Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
