using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>What a check does. Further kinds arrive with later versions.</summary>
public enum CheckKind
{
    /// <summary>An HTTP(S) request judged by status, body and speed.</summary>
    Http,
    /// <summary>A TCP connect, optionally with a line sent and an answer expected.</summary>
    Tcp,
    /// <summary>ICMP echo requests judged by loss and round-trip time.</summary>
    Ping,
    /// <summary>A DNS query judged by its answer.</summary>
    Dns,
    /// <summary>A TLS handshake judged by the certificate's expiry, chain and name.</summary>
    Tls,
    /// <summary>Pings from a job (cron, backup, batch run) expected on a schedule; down when one is missing or reports failure.</summary>
    Heartbeat,
}

/// <summary>Creates or replaces a check.</summary>
/// <param name="Name">Unique in the organization, up to 100 characters.</param>
/// <param name="Kind">What it does; the settings of that kind must be given and no other.</param>
/// <param name="ItemId">The configuration item it watches (device, service, application), if any.</param>
/// <param name="IntervalSeconds">Seconds between runs, 10 to 86400 (default 60).</param>
/// <param name="TimeoutSeconds">Seconds a run may take, 1 to 120 and below the interval (default 10).</param>
/// <param name="FailuresBeforeDown">Failing results in a row before the state follows them, 1–10 (default 2).</param>
/// <param name="SuccessesBeforeUp">Passing results in a row before a failing check is up again, 1–10 (default 1).</param>
/// <param name="Paused">Not run while true.</param>
/// <param name="Http">The settings of an HTTP check.</param>
/// <param name="Tcp">The settings of a TCP check.</param>
/// <param name="Ping">The settings of a ping check.</param>
/// <param name="Dns">The settings of a DNS check.</param>
/// <param name="Tls">The settings of a TLS certificate check.</param>
/// <param name="Heartbeat">The settings of a heartbeat check.</param>
public sealed record CheckRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    CheckKind Kind,
    long? ItemId = null,
    [property: Range(10, 86_400)] int? IntervalSeconds = null,
    [property: Range(1, 120)] int? TimeoutSeconds = null,
    [property: Range(1, 10)] int? FailuresBeforeDown = null,
    [property: Range(1, 10)] int? SuccessesBeforeUp = null,
    bool Paused = false,
    HttpCheckSettings? Http = null,
    TcpCheckSettings? Tcp = null,
    PingCheckSettings? Ping = null,
    DnsCheckSettings? Dns = null,
    TlsCheckSettings? Tls = null,
    HeartbeatCheckSettings? Heartbeat = null);

/// <summary>A check as the API shows it: its definition (secrets left out) and where it stands.</summary>
/// <param name="Id">Check id.</param>
/// <param name="Name">Name.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Item">The configuration item it watches.</param>
/// <param name="IntervalSeconds">Seconds between runs.</param>
/// <param name="TimeoutSeconds">Seconds a run may take.</param>
/// <param name="FailuresBeforeDown">Failing results in a row before the state follows them.</param>
/// <param name="SuccessesBeforeUp">Passing results in a row before it is up again.</param>
/// <param name="Paused">Whether it is paused.</param>
/// <param name="Http">HTTP settings, with the password and token left out.</param>
/// <param name="Tcp">TCP settings.</param>
/// <param name="HasCredentials">Whether a password or token is stored (it is never returned).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Version">For If-Match.</param>
/// <param name="Ping">Ping settings.</param>
/// <param name="Dns">DNS settings.</param>
/// <param name="Tls">TLS certificate settings.</param>
/// <param name="Heartbeat">Heartbeat settings; the ping URL is read from <c>/checks/{id}/heartbeat</c>.</param>
public sealed record CheckDto(
    long Id, string Name, CheckKind Kind, ItemRef? Item, int IntervalSeconds, int TimeoutSeconds, int FailuresBeforeDown, int SuccessesBeforeUp,
    bool Paused, HttpCheckSettings? Http, TcpCheckSettings? Tcp, bool HasCredentials, CheckStatusDto Status, int Version,
    PingCheckSettings? Ping = null, DnsCheckSettings? Dns = null, TlsCheckSettings? Tls = null, HeartbeatCheckSettings? Heartbeat = null);

/// <summary>Where a check stands.</summary>
/// <param name="State">What the board shows: its confirmed state, or Maintenance while a window covers it.</param>
/// <param name="Since">When it entered that state.</param>
/// <param name="Flapping">Whether its results keep changing.</param>
/// <param name="LastRunAt">When it last ran.</param>
/// <param name="LastResult">What the last run found, before confirmation.</param>
/// <param name="LastMessage">The last run's message.</param>
/// <param name="LastLatencyMs">The last run's time.</param>
/// <param name="NextRunAt">When it runs next.</param>
/// <param name="Observed">Its confirmed state from its results, also inside a maintenance window.</param>
/// <param name="MaintenanceWindowId">The maintenance window it is in, if any.</param>
public sealed record CheckStatusDto(CheckState State, DateTimeOffset? Since, bool Flapping, DateTimeOffset? LastRunAt, CheckState? LastResult,
    string? LastMessage, double? LastLatencyMs, DateTimeOffset? NextRunAt, CheckState Observed, long? MaintenanceWindowId);

/// <summary>One run of a check.</summary>
/// <param name="Id">Result id.</param>
/// <param name="At">When it ran.</param>
/// <param name="Result">What it found.</param>
/// <param name="Message">Its message.</param>
/// <param name="LatencyMs">How long it took.</param>
/// <param name="Evidence">What the verdict rests on: timings per phase, the status line, the start of the body or answer; the measures of a ping (loss, round trips), a DNS query (answers) or a certificate (subject, issuer, expiry, days left).</param>
public sealed record CheckResultDto(long Id, DateTimeOffset At, CheckState Result, string Message, double? LatencyMs, IReadOnlyDictionary<string, string> Evidence);

/// <summary>A change of a check's confirmed state.</summary>
/// <param name="Id">Change id.</param>
/// <param name="At">When.</param>
/// <param name="From">The state it left.</param>
/// <param name="To">The state it entered.</param>
/// <param name="Message">The message of the result that confirmed it.</param>
/// <param name="Flapping">Whether the check was flapping then.</param>
/// <param name="Suppressed">It raised nothing: it happened inside a maintenance window, or is that window beginning or ending.</param>
public sealed record CheckStateChangeDto(long Id, DateTimeOffset At, CheckState From, CheckState To, string Message, bool Flapping, bool Suppressed);

/// <summary>The answer of "Test now": one run of a check that is not saved.</summary>
/// <param name="Result">What it found.</param>
/// <param name="Message">Its message.</param>
/// <param name="LatencyMs">How long it took.</param>
/// <param name="Evidence">What the verdict rests on.</param>
public sealed record CheckTestDto(CheckState Result, string Message, double? LatencyMs, IReadOnlyDictionary<string, string> Evidence);
