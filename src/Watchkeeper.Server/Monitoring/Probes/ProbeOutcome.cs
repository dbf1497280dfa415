using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// What one run of a check found: its result, a one-line message a person reads first, the latency, and the evidence
/// behind the verdict (timings per phase, the status line, the start of the body) kept with the result.
/// </summary>
public sealed record ProbeOutcome(CheckState Result, string Message, double? LatencyMs, IReadOnlyDictionary<string, string> Evidence)
{
    public const int MaxMessage = 500;

    public static ProbeOutcome Down(string message, double? latencyMs = null, IReadOnlyDictionary<string, string>? evidence = null) =>
        new(CheckState.Down, Shorten(message), latencyMs, evidence ?? new Dictionary<string, string>());

    public static string Shorten(string message) => message.Length <= MaxMessage ? message : message[..(MaxMessage - 1)] + "…";
}
