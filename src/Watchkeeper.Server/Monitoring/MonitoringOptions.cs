namespace Watchkeeper.Server.Monitoring;

/// <summary>The <c>Monitoring</c> configuration section.</summary>
public sealed class MonitoringOptions
{
    /// <summary>Let checks reach this machine's loopback addresses (off by default: a check is not a way into the server's own services).</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Checks running at once on this server.</summary>
    public int MaxConcurrentChecks { get; set; } = 200;

    /// <summary>Checks running at once against one host, so a slow target cannot take every slot.</summary>
    public int MaxConcurrentChecksPerTarget { get; set; } = 8;

    /// <summary>Further networks checks may not reach, in CIDR notation, on top of link-local and cloud metadata addresses.</summary>
    public List<string> RefusedNetworks { get; set; } = [];

    /// <summary>A PEM file of certificate authorities that TLS certificate checks trust besides the system's (an internal CA).</summary>
    public string? TrustedCertificatesFile { get; set; }

    /// <summary>Pings one heartbeat token may send a minute; more are answered 429 (a job that pings in a loop).</summary>
    public int PingsPerMinute { get; set; } = 60;
}
