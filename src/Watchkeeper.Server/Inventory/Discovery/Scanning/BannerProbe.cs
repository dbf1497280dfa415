using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>
/// Reads what a service says about itself: the SSH greeting, the HTTP Server header and page title,
/// the TLS certificate. Each read is bounded in time and size; a service that says nothing yields null.
/// </summary>
public static class BannerProbe
{
    private const int MaxGreeting = 255;

    /// <summary>The first line a server sends unasked, kept when it is an SSH version line.</summary>
    public static async Task<string?> SshAsync(IPAddress address, int port, TimeSpan timeout, CancellationToken ct)
    {
        using var client = await TcpProbe.ConnectAsync(address, port, timeout, ct);
        if (client is null)
        {
            return null;
        }
        var line = await ReadAsync(client.GetStream(), MaxGreeting, timeout, ct);
        var first = line.Split('\n')[0].TrimEnd('\r');
        return first.StartsWith("SSH-", StringComparison.Ordinal) ? first : null;
    }

    public static async Task<(string? Server, string? Title)> HttpAsync(IPAddress address, int port, TimeSpan timeout, CancellationToken ct)
    {
        using var client = await TcpProbe.ConnectAsync(address, port, timeout, ct);
        if (client is null)
        {
            return (null, null);
        }
        var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        var request = Encoding.ASCII.GetBytes($"GET / HTTP/1.0\r\nHost: {host}\r\nUser-Agent: Watchkeeper-Discovery\r\nConnection: close\r\n\r\n");
        var stream = client.GetStream();
        await stream.WriteAsync(request, ct);
        return HttpText.Parse(await ReadAsync(stream, HttpText.MaxResponse, timeout, ct));
    }

    public static async Task<TlsObservation?> TlsAsync(IPAddress address, int port, TimeSpan timeout, CancellationToken ct)
    {
        using var client = await TcpProbe.ConnectAsync(address, port, timeout, ct);
        if (client is null)
        {
            return null;
        }
        // Discovery records whatever certificate is served, trusted or not: an expired or self-signed one is worth knowing
        // about, and nothing is sent over this connection.
#pragma warning disable CA5359
        await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false, (_, _, _, _) => true);
#pragma warning restore CA5359
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = address.ToString() }, limit.Token);
        }
        catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return null;
        }
        return tls.RemoteCertificate is { } remote && new X509Certificate2(remote) is var certificate
            ? new TlsObservation(port, certificate.Subject, certificate.Issuer, new DateTimeOffset(certificate.NotAfter.ToUniversalTime()))
            : null;
    }

    /// <summary>Reads until the peer closes, the limit is reached or the time is up; what arrived by then counts.</summary>
    private static async Task<string> ReadAsync(Stream stream, int limit, TimeSpan timeout, CancellationToken ct)
    {
        using var cap = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cap.CancelAfter(timeout);
        var buffer = new byte[limit];
        var filled = 0;
        try
        {
            while (filled < limit)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(filled), cap.Token);
                if (read == 0)
                {
                    break;
                }
                filled += read;
                if (limit == MaxGreeting && Array.IndexOf(buffer, (byte)'\n', 0, filled) >= 0)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // Keep what arrived before the peer went quiet or reset.
        }
        return Encoding.UTF8.GetString(buffer, 0, filled);
    }
}
