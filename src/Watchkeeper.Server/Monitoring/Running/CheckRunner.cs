using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Monitoring.Probes;

namespace Watchkeeper.Server.Monitoring.Running;

/// <summary>Runs one check of any kind with its own probe; a probe that throws becomes an unknown result saying why, never a lost run.</summary>
public sealed class CheckRunner(HttpProbe http, TcpProbe tcp, ILogger<CheckRunner> log)
{
    public async Task<ProbeOutcome> RunAsync(CheckKind kind, HttpCheckSettings? httpSettings, TcpCheckSettings? tcpSettings, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            return kind switch
            {
                CheckKind.Http => await http.RunAsync(httpSettings!, timeout, ct),
                CheckKind.Tcp => await tcp.RunAsync(tcpSettings!, timeout, ct),
                _ => Unknown($"Checks of kind {kind} cannot run on this server."),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "A {Kind} check failed to run", kind);
            return Unknown($"The check could not run: {e.Message}");
        }
    }

    /// <summary>Runs a saved check, with its stored credentials.</summary>
    public Task<ProbeOutcome> RunAsync(Check check, CheckCredentials credentials, CancellationToken ct) =>
        RunAsync(check.Kind, CheckDefinition.Http(check) is { } h ? credentials.Into(h) : null, CheckDefinition.Tcp(check),
            TimeSpan.FromSeconds(check.TimeoutSeconds), ct);

    private static ProbeOutcome Unknown(string message) => new(CheckState.Unknown, ProbeOutcome.Shorten(message), null, new Dictionary<string, string>());
}
