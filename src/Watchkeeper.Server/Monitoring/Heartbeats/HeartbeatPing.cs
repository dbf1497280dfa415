namespace Watchkeeper.Server.Monitoring.Heartbeats;

/// <summary>
/// A ping as it arrived: what it says, its exit code, the start of its body, the message and the time an Uptime Kuma
/// push reports. Bodies are cut to <see cref="Heartbeat.MaxBody"/> before they get here.
/// </summary>
public sealed record HeartbeatPing(PingKind Kind, int? ExitCode = null, string? Body = null, string? Message = null, double? ReportedMs = null)
{
    public bool Ends => Kind is PingKind.Success or PingKind.Fail or PingKind.ExitCode;

    public bool Succeeded => Kind == PingKind.Success || (Kind == PingKind.ExitCode && ExitCode == 0);
}
