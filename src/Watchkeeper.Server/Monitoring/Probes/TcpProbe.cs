using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>Runs a TCP check: connect through <see cref="TargetPolicy"/>, then optionally send a line and look for the expected answer.</summary>
public sealed class TcpProbe(TargetPolicy policy)
{
    private const int MaxAnswer = 16 * 1024;

    public async Task<ProbeOutcome> RunAsync(TcpCheckSettings settings, TimeSpan timeout, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        double Elapsed() => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var socket = await policy.ConnectAsync(await TargetPolicy.ResolveAsync(settings.Host, deadline.Token), settings.Host, settings.Port, deadline.Token);
            evidence["connectMs"] = Elapsed().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            evidence["address"] = socket.RemoteEndPoint?.ToString() ?? "";
            if (settings.Send is { Length: > 0 } send)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(Unescape(send)), deadline.Token);
            }
            if (settings.Expect is { Length: > 0 } expect)
            {
                var answer = await ReadUntilAsync(socket, expect, deadline.Token);
                evidence["answer"] = answer.Length <= 500 ? answer : answer[..500] + "…";
                if (!answer.Contains(expect, StringComparison.Ordinal))
                {
                    return ProbeOutcome.Down($"Connected, but the answer does not contain \"{expect}\".", Elapsed(), evidence);
                }
            }
            var total = Elapsed();
            return settings.DegradedAboveMs is { } slow && total > slow
                ? new ProbeOutcome(CheckState.Degraded, $"Answered in {total:0} ms, slower than {slow} ms.", total, evidence)
                : new ProbeOutcome(CheckState.Up, $"Answered in {total:0} ms.", total, evidence);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return ProbeOutcome.Down($"No answer within {timeout.TotalSeconds:0.#} s.", Elapsed(), evidence);
        }
        catch (ProbeFailedException e)
        {
            return ProbeOutcome.Down(e.Message, Elapsed(), evidence);
        }
        catch (SocketException e)
        {
            return ProbeOutcome.Down($"Cannot connect to {settings.Host}:{settings.Port}: {e.Message}", Elapsed(), evidence);
        }
    }

    // A banner may arrive in pieces; read until it shows the expected text, the peer closes, or the limit is reached.
    private static async Task<string> ReadUntilAsync(Socket socket, string expect, CancellationToken ct)
    {
        var buffer = new byte[MaxAnswer];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await socket.ReceiveAsync(buffer.AsMemory(read), ct)) > 0)
        {
            read += n;
            if (Encoding.UTF8.GetString(buffer, 0, read).Contains(expect, StringComparison.Ordinal))
            {
                break;
            }
        }
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static string Unescape(string text) => text.Replace("\\r", "\r", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);
}
