using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Monitoring.Probes;

namespace Watchkeeper.Server.Monitoring.Running;

/// <summary>Runs one check of any kind with its own probe; a probe that throws becomes an unknown result saying why, never a lost run.</summary>
public sealed class CheckRunner(HttpProbe http, TcpProbe tcp, PingProbe ping, DnsProbe dns, TlsProbe tls, ILogger<CheckRunner> log)
{
    /// <summary>Runs a check as a request describes it, credentials included.</summary>
    public async Task<ProbeOutcome> RunAsync(CheckRequest check, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            return check.Kind switch
            {
                CheckKind.Http => await http.RunAsync(check.Http!, timeout, ct),
                CheckKind.Tcp => await tcp.RunAsync(check.Tcp!, timeout, ct),
                CheckKind.Ping => await ping.RunAsync(check.Ping!, timeout, ct),
                CheckKind.Dns => await dns.RunAsync(check.Dns!, timeout, ct),
                CheckKind.Tls => await tls.RunAsync(check.Tls!, timeout, ct),
                CheckKind.Heartbeat => Unknown("A heartbeat check is not run by the server: it waits for the pings of its job."),
                _ => Unknown($"Checks of kind {check.Kind} cannot run on this server."),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "A {Kind} check failed to run", check.Kind);
            return Unknown($"The check could not run: {e.Message}");
        }
    }

    /// <summary>Runs a saved check, with its stored credentials.</summary>
    public Task<ProbeOutcome> RunAsync(Check check, CheckCredentials credentials, CancellationToken ct)
    {
        var request = CheckDefinition.Request(check);
        return RunAsync(request with { Http = request.Http is { } h ? credentials.Into(h) : null }, TimeSpan.FromSeconds(check.TimeoutSeconds), ct);
    }

    private static ProbeOutcome Unknown(string message) => new(CheckState.Unknown, ProbeOutcome.Shorten(message), null, new Dictionary<string, string>());
}
