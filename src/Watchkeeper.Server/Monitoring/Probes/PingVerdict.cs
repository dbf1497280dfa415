using System.Globalization;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>A ping run's verdict from its loss and round trips, and the measures kept with the result.</summary>
public static class PingVerdict
{
    public const int DefaultDownLossPercent = 100;

    public static ProbeOutcome Judge(PingCheckSettings settings, PingReplies replies)
    {
        var rtt = replies.RoundTripsMs;
        var (loss, received) = (replies.LossPercent, rtt.Count);
        double? average = received > 0 ? rtt.Average() : null;
        var evidence = Measures(replies);
        var lost = $"{loss:0.#}% lost ({replies.Sent - received} of {replies.Sent})";
        if (received == 0)
        {
            var why = replies.LastFailure is { } failure ? $" ({failure})" : "";
            return ProbeOutcome.Down($"No reply to {(replies.Sent == 1 ? "the echo request" : $"{replies.Sent} echo requests")} from {replies.Address}{why}.", null, evidence);
        }
        var times = string.Create(CultureInfo.InvariantCulture, $"rtt min/avg/max {rtt.Min():0.###}/{average:0.###}/{rtt.Max():0.###} ms");
        if (loss >= (settings.DownLossPercent ?? DefaultDownLossPercent))
        {
            return ProbeOutcome.Down($"{lost}, at or above {settings.DownLossPercent ?? DefaultDownLossPercent}%; {times}.", average, evidence);
        }
        if (settings.DegradedLossPercent is { } degradedLoss && loss >= degradedLoss)
        {
            return new ProbeOutcome(CheckState.Degraded, $"{lost}, at or above {degradedLoss}%; {times}.", average, evidence);
        }
        if (settings.DegradedAboveMs is { } slow && average > slow)
        {
            return new ProbeOutcome(CheckState.Degraded, $"{times}, average slower than {slow} ms; {lost}.", average, evidence);
        }
        return new ProbeOutcome(CheckState.Up, $"{received} of {replies.Sent} replies; {times}.", average, evidence);
    }

    private static Dictionary<string, string> Measures(PingReplies replies)
    {
        static string Ms(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
        var rtt = replies.RoundTripsMs;
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["address"] = replies.Address?.ToString() ?? "",
            ["sent"] = replies.Sent.ToString(CultureInfo.InvariantCulture),
            ["received"] = rtt.Count.ToString(CultureInfo.InvariantCulture),
            ["lossPercent"] = replies.LossPercent.ToString("0.#", CultureInfo.InvariantCulture),
        };
        if (rtt.Count > 0)
        {
            (evidence["rttMinMs"], evidence["rttAvgMs"], evidence["rttMaxMs"]) = (Ms(rtt.Min()), Ms(rtt.Average()), Ms(rtt.Max()));
        }
        if (replies.LastFailure is { } failure)
        {
            evidence["lastFailure"] = failure;
        }
        return evidence;
    }
}
