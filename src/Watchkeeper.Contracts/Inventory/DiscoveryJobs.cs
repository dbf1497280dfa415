using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>What became of a discovery run.</summary>
public enum DiscoveryRunStatus
{
    /// <summary>Waiting to start.</summary>
    Queued,
    /// <summary>Probing hosts now.</summary>
    Running,
    /// <summary>Finished; its findings are in the review queue.</summary>
    Succeeded,
    /// <summary>Stopped by an error (see the run's error), or interrupted by a server stop.</summary>
    Failed,
    /// <summary>Cancelled by a user.</summary>
    Cancelled,
}

/// <summary>A sweep over configured prefixes whose results go to the review queue; the SNMP community is never returned.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="Prefixes">Target prefixes in CIDR notation.</param>
/// <param name="Icmp">Sends ICMP echo.</param>
/// <param name="TcpPorts">Ports tried with a TCP connect.</param>
/// <param name="ReverseDns">Looks up the PTR name of responding hosts.</param>
/// <param name="Banners">Reads SSH greetings, HTTP server and title, TLS certificates on open ports.</param>
/// <param name="HttpPorts">Open ports asked for <c>GET /</c>.</param>
/// <param name="TlsPorts">Open ports whose TLS certificate is read.</param>
/// <param name="Snmp">Asks SNMP v2c (a community is stored).</param>
/// <param name="SnmpPort">UDP port of the SNMP agents.</param>
/// <param name="Concurrency">Probes in flight at once (1–256).</param>
/// <param name="RatePerSecond">Probes started per second at most.</param>
/// <param name="TimeoutMs">Timeout of one probe in milliseconds.</param>
/// <param name="Schedule">Cron expression (5 fields), or null to run on demand only.</param>
/// <param name="TimeZone">IANA time zone the schedule is read in.</param>
/// <param name="Enabled">Whether the schedule runs.</param>
/// <param name="NextRunAt">When the schedule runs next (UTC).</param>
/// <param name="LastRun">The latest run, if any.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record DiscoveryJobDto(
    long Id, string Name, IReadOnlyList<string> Prefixes, bool Icmp, IReadOnlyList<int> TcpPorts, bool ReverseDns, bool Banners,
    IReadOnlyList<int> HttpPorts, IReadOnlyList<int> TlsPorts, bool Snmp, int SnmpPort, int Concurrency, int RatePerSecond, int TimeoutMs,
    string? Schedule, string TimeZone, bool Enabled, DateTimeOffset? NextRunAt, DiscoveryRunDto? LastRun, int Version);

/// <summary>Creates a discovery job, or replaces its fields (<c>PUT</c>).</summary>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="Prefixes">IPv4 or IPv6 prefixes (CIDR) or single addresses; at most a /16 of IPv4 in total, IPv6 no larger than /120.</param>
/// <param name="Icmp">Send ICMP echo.</param>
/// <param name="TcpPorts">Ports to try with a TCP connect; default 22, 80, 443.</param>
/// <param name="ReverseDns">Look up PTR names.</param>
/// <param name="Banners">Read banners on open ports.</param>
/// <param name="HttpPorts">Open ports to ask for <c>GET /</c>; default 80, 8080.</param>
/// <param name="TlsPorts">Open ports whose certificate to read; default 443.</param>
/// <param name="Snmp">Ask SNMP v2c.</param>
/// <param name="SnmpCommunity">The read community; stored encrypted. Null keeps the stored one.</param>
/// <param name="SnmpPort">UDP port of the agents; default 161.</param>
/// <param name="Concurrency">Probes in flight at once, 1–256 (default 32).</param>
/// <param name="RatePerSecond">Probes started per second at most, 1–10000 (default 100).</param>
/// <param name="TimeoutMs">Timeout per probe, 50–30000 ms (default 1000).</param>
/// <param name="Schedule">Cron expression (minute hour day month weekday), or null for on demand only.</param>
/// <param name="TimeZone">IANA time zone of the schedule; default UTC.</param>
/// <param name="Enabled">Whether the schedule runs.</param>
public sealed record DiscoveryJobRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Required] IReadOnlyList<string> Prefixes,
    bool Icmp = true,
    IReadOnlyList<int>? TcpPorts = null,
    bool ReverseDns = true,
    bool Banners = true,
    IReadOnlyList<int>? HttpPorts = null,
    IReadOnlyList<int>? TlsPorts = null,
    bool Snmp = false,
    [property: StringLength(200)] string? SnmpCommunity = null,
    [property: Range(1, 65535)] int SnmpPort = 161,
    [property: Range(1, 256)] int Concurrency = 32,
    [property: Range(1, 10_000)] int RatePerSecond = 100,
    [property: Range(50, 30_000)] int TimeoutMs = 1000,
    [property: StringLength(100)] string? Schedule = null,
    [property: StringLength(64)] string? TimeZone = null,
    bool Enabled = true);

/// <summary>One execution of a discovery job, with its progress.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="JobId">The job.</param>
/// <param name="Status">Queued, running, succeeded, failed or cancelled.</param>
/// <param name="Scheduled">Started by the schedule rather than by a user.</param>
/// <param name="QueuedAt">When it was asked for.</param>
/// <param name="StartedAt">When probing began.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="HostsTotal">Addresses in the job's prefixes.</param>
/// <param name="HostsProbed">Addresses probed so far.</param>
/// <param name="HostsResponding">Addresses that answered any probe.</param>
/// <param name="FindingsCount">Findings the run added to the review queue.</param>
/// <param name="Error">Why it failed.</param>
public sealed record DiscoveryRunDto(
    long Id, long JobId, DiscoveryRunStatus Status, bool Scheduled, DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    int HostsTotal, int HostsProbed, int HostsResponding, int FindingsCount, string? Error);
