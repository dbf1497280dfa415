using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>An ICMP ping check: a few echo requests, judged by the share lost and the round-trip time.</summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Packets">Echo requests sent per run, 1–20 (default 3).</param>
/// <param name="DegradedLossPercent">A loss of at least this many percent is degraded (none by default).</param>
/// <param name="DegradedAboveMs">An average round trip slower than this many milliseconds is degraded.</param>
/// <param name="DownLossPercent">A loss of at least this many percent is down (default 100: down only when no reply comes back).</param>
public sealed record PingCheckSettings(
    [property: Required, StringLength(253, MinimumLength = 1)] string Host,
    [property: Range(1, 20)] int? Packets = null,
    [property: Range(1, 100)] int? DegradedLossPercent = null,
    [property: Range(1, 120_000)] int? DegradedAboveMs = null,
    [property: Range(1, 100)] int? DownLossPercent = null);
