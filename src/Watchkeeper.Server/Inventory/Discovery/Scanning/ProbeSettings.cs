using Watchkeeper.Server.Inventory.Discovery.Snmp;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>What to ask each host and how hard to push the network while doing it.</summary>
public sealed record ProbeSettings
{
    public bool Icmp { get; init; } = true;
    public IReadOnlyList<int> TcpPorts { get; init; } = [22, 80, 443];
    public bool ReverseDns { get; init; } = true;
    public bool Banners { get; init; } = true;
    public IReadOnlyList<int> HttpPorts { get; init; } = [80, 8080];
    public IReadOnlyList<int> TlsPorts { get; init; } = [443];

    /// <summary>Null when the job does not ask SNMP.</summary>
    public SnmpCommunity? SnmpCommunity { get; init; }

    public int SnmpPort { get; init; } = SnmpTarget.DefaultPort;
    public int Concurrency { get; init; } = 32;
    public int RatePerSecond { get; init; } = 100;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);
}
