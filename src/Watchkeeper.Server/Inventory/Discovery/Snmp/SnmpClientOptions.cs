namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>Bounds for one client; the defaults suit a LAN sweep where an unresponsive device must not hold a job for long.</summary>
public sealed record SnmpClientOptions
{
    /// <summary>Wait per attempt before the request is sent again.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Extra attempts after the first, with the same request id so a late answer still counts.</summary>
    public int Retries { get; init; } = 1;

    /// <summary>GETBULK max-repetitions: rows per request in a walk. Larger answers risk tooBig or IP fragmentation.</summary>
    public int MaxRepetitions { get; init; } = 20;

    /// <summary>A walk stops with an error beyond this many rows instead of filling memory from a huge or looping table.</summary>
    public int MaxRowsPerWalk { get; init; } = 10_000;

    /// <summary>Walk with GETNEXT only, for agents whose GETBULK is broken.</summary>
    public bool UseGetNextOnly { get; init; }
}
