using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// Runs a ping check: echo requests one after another to the first address of the host that <see cref="TargetPolicy"/>
/// permits, each waiting for its reply up to its share of the timeout (at most 2 s). .NET sends them over a raw ICMP socket
/// when the process may open one (root or CAP_NET_RAW), over an unprivileged ICMP socket where the kernel allows it
/// (net.ipv4.ping_group_range), and otherwise by running the system's ping utility.
/// </summary>
public sealed class PingProbe(TargetPolicy policy)
{
    public const int DefaultPackets = 3;
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(2);
    private static readonly byte[] Payload = new byte[32];

    public async Task<ProbeOutcome> RunAsync(PingCheckSettings settings, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var packets = settings.Packets ?? DefaultPackets;
        var replies = new PingReplies(packets);
        try
        {
            replies.Address = await policy.ResolvePermittedAsync(settings.Host.Trim(), deadline.Token);
            var wait = TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, timeout.Ticks / packets));
            using var ping = new Ping();
            for (var sent = 0; sent < packets && !deadline.IsCancellationRequested; sent++)
            {
                await SendAsync(ping, replies, wait, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The run's time is up: the packets not answered by now count as lost.
            if (replies.Address is null)
            {
                return ProbeOutcome.Down($"{settings.Host} did not resolve within {timeout.TotalSeconds:0.#} s.");
            }
        }
        catch (ProbeFailedException e)
        {
            return ProbeOutcome.Down(e.Message);
        }
        catch (SocketException e)
        {
            return ProbeOutcome.Down($"{settings.Host} does not resolve: {e.Message}");
        }
        // Without raw or unprivileged ICMP sockets .NET runs the ping utility, and says the platform is unsupported when there is none.
        catch (Exception e) when (e is PingException or PlatformNotSupportedException)
        {
            return new ProbeOutcome(CheckState.Unknown, ProbeOutcome.Shorten(
                $"Cannot send ICMP echo requests from this server: {(e.InnerException?.Message ?? e.Message).TrimEnd('.')}. It needs raw sockets (root or CAP_NET_RAW), unprivileged ICMP (net.ipv4.ping_group_range) or the ping utility."),
                null, new Dictionary<string, string>());
        }
        return PingVerdict.Judge(settings, replies);
    }

    private static async Task SendAsync(Ping ping, PingReplies replies, TimeSpan wait, CancellationToken ct)
    {
        // Timed here rather than read from the reply, whose round trip is in whole milliseconds (0 ms on a LAN).
        var started = Stopwatch.GetTimestamp();
        var reply = await ping.SendPingAsync(replies.Address!, wait, Payload, null, ct);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (reply.Status == IPStatus.Success)
        {
            replies.RoundTripsMs.Add(elapsed);
        }
        else
        {
            replies.LastFailure = reply.Status.ToString();
        }
    }
}

/// <summary>What came back from one run's echo requests.</summary>
public sealed class PingReplies(int sent)
{
    public int Sent { get; } = sent;
    public IPAddress? Address { get; set; }
    public List<double> RoundTripsMs { get; } = [];

    /// <summary>Why the last lost packet was lost, as ICMP said it (TimedOut, DestinationHostUnreachable …).</summary>
    public string? LastFailure { get; set; }

    public double LossPercent => 100.0 * (Sent - RoundTripsMs.Count) / Sent;
}
