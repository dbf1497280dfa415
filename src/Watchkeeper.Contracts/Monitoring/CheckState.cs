namespace Watchkeeper.Contracts;

/// <summary>What a check says about its target, from its results and from what surrounds it.</summary>
public enum CheckState
{
    /// <summary>Working as expected.</summary>
    Up,
    /// <summary>Working, but past a warning threshold (slow, a certificate near expiry, a disk nearly full).</summary>
    Degraded,
    /// <summary>Not working.</summary>
    Down,
    /// <summary>The check could not tell: no result yet, or the probe itself failed (a plugin exited 3).</summary>
    Unknown,
    /// <summary>Not checked on its own merits because a parent on the path to it (the router in front of a site) is down.</summary>
    Unreachable,
    /// <summary>Paused by a person; not run.</summary>
    Paused,
    /// <summary>Inside a maintenance window: run and recorded, but its changes raise nothing.</summary>
    Maintenance,
}
