using System.Diagnostics;
using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// Runs a TLS certificate check: connect through <see cref="TargetPolicy"/>, speak SMTP up to STARTTLS when asked, then
/// a TLS handshake that accepts any certificate so that its chain, its name and its expiry can each be judged and
/// reported rather than ending the run at the first fault.
/// </summary>
public sealed class TlsProbe(TargetPolicy policy, TrustedCertificates trusted, TimeProvider clock)
{
    public const int DefaultPort = 443;

    public async Task<ProbeOutcome> RunAsync(TlsCheckSettings settings, TimeSpan timeout, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        double Elapsed() => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var (host, port) = (settings.Host.Trim(), settings.Port ?? DefaultPort);
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var socket = await policy.ConnectAsync(await TargetPolicy.ResolveAsync(host, deadline.Token), host, port, deadline.Token);
            evidence["connectMs"] = Elapsed().ToString("0.0", CultureInfo.InvariantCulture);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            if (settings.StartTls)
            {
                await SmtpStartTls.NegotiateAsync(stream, deadline.Token);
            }
            string? chainProblems = null;
            // Every certificate is accepted so that the check can judge it; nothing is sent over this connection.
#pragma warning disable CA5359
            await using var tls = new SslStream(stream, leaveInnerStreamOpen: true, (_, certificate, chain, _) =>
            {
                chainProblems = certificate is null ? "no certificate" : CertificateChain.Problems(certificate, chain, trusted.Roots);
                return true;
            });
#pragma warning restore CA5359
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host, CertificateRevocationCheckMode = X509RevocationMode.NoCheck }, deadline.Token);
            evidence["handshakeMs"] = Elapsed().ToString("0.0", CultureInfo.InvariantCulture);
            evidence["protocol"] = tls.SslProtocol.ToString();
            var certificate = tls.RemoteCertificate as X509Certificate2 ?? throw new ProbeFailedException("The server sent no certificate.");
            return CertificateVerdict.Judge(settings, new(certificate, host, chainProblems), clock.GetUtcNow(), Elapsed(), evidence);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return ProbeOutcome.Down($"No handshake within {timeout.TotalSeconds:0.#} s.", Elapsed(), evidence);
        }
        catch (ProbeFailedException e)
        {
            return ProbeOutcome.Down(e.Message, Elapsed(), evidence);
        }
        catch (SocketException e)
        {
            return ProbeOutcome.Down($"Cannot connect to {host}:{port}: {e.Message}", Elapsed(), evidence);
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            return ProbeOutcome.Down($"TLS handshake failed: {e.InnerException?.Message ?? e.Message}", Elapsed(), evidence);
        }
    }
}
