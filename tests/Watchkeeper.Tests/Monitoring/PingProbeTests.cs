using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring;
using Watchkeeper.Server.Monitoring.Probes;
using Watchkeeper.Testing;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>Ping checks: real echo requests to loopback, and the verdict's thresholds on given replies.</summary>
public sealed class PingProbeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly TargetPolicy Loopback = TargetPolicy.From(new MonitoringOptions { AllowLoopback = true });

    [NeedsIcmpFact]
    public async Task Pinging_loopback_records_the_loss_and_the_round_trips()
    {
        var outcome = await new PingProbe(Loopback).RunAsync(new("127.0.0.1", Packets: 5), Timeout, CancellationToken.None);

        Assert.Equal(CheckState.Up, outcome.Result);
        Assert.StartsWith("5 of 5 replies; rtt min/avg/max ", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(("127.0.0.1", "5", "5", "0"), (outcome.Evidence["address"], outcome.Evidence["sent"], outcome.Evidence["received"], outcome.Evidence["lossPercent"]));
        var (min, avg, max) = (Ms(outcome, "rttMinMs"), Ms(outcome, "rttAvgMs"), Ms(outcome, "rttMaxMs"));
        Assert.True(min <= avg && avg <= max && max < 1000, $"{min}/{avg}/{max}");
        Assert.Equal(avg, outcome.LatencyMs!.Value, 0.001);
    }

    [Fact]
    public async Task Refused_addresses_are_never_pinged()
    {
        var loopback = await new PingProbe(TargetPolicy.From(new MonitoringOptions())).RunAsync(new("localhost"), Timeout, CancellationToken.None);
        var metadata = await new PingProbe(Loopback).RunAsync(new("169.254.169.254"), Timeout, CancellationToken.None);

        Assert.Equal(CheckState.Down, loopback.Result);
        Assert.Contains("127.0.0.0/8, which checks may not reach", loopback.Message, StringComparison.Ordinal);
        Assert.Contains("169.254.0.0/16", metadata.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loss_and_slowness_degrade_or_take_down_as_the_thresholds_say()
    {
        var allLost = PingVerdict.Judge(new("h"), Replies(3, failure: "TimedOut"));
        var oneLost = Replies(3, 1.0, 3.0);
        var degradedByLoss = PingVerdict.Judge(new("h", DegradedLossPercent: 30), oneLost);
        var downByLoss = PingVerdict.Judge(new("h", DownLossPercent: 30), oneLost);
        var tolerated = PingVerdict.Judge(new("h"), oneLost);
        var slow = PingVerdict.Judge(new("h", DegradedAboveMs: 1), Replies(2, 1.0, 3.0));

        Assert.Equal((CheckState.Down, "No reply to 3 echo requests from 10.0.0.1 (TimedOut)."), (allLost.Result, allLost.Message));
        Assert.Equal(("100", "TimedOut"), (allLost.Evidence["lossPercent"], allLost.Evidence["lastFailure"]));
        Assert.Equal(CheckState.Degraded, degradedByLoss.Result);
        Assert.StartsWith("33.3% lost (1 of 3), at or above 30%", degradedByLoss.Message, StringComparison.Ordinal);
        Assert.Equal(CheckState.Down, downByLoss.Result);
        Assert.Equal(CheckState.Up, tolerated.Result);
        Assert.Equal(CheckState.Degraded, slow.Result);
        Assert.Equal("rtt min/avg/max 1/2/3 ms, average slower than 1 ms; 0% lost (0 of 2).", slow.Message);
        Assert.Equal(2.0, slow.LatencyMs);
    }

    private static PingReplies Replies(int sent, params double[] roundTrips) => Replies(sent, null, roundTrips);

    private static PingReplies Replies(int sent, string? failure, params double[] roundTrips)
    {
        var replies = new PingReplies(sent) { Address = System.Net.IPAddress.Parse("10.0.0.1"), LastFailure = failure };
        replies.RoundTripsMs.AddRange(roundTrips);
        return replies;
    }

    private static double Ms(ProbeOutcome outcome, string name) => double.Parse(outcome.Evidence[name], System.Globalization.CultureInfo.InvariantCulture);
}
