namespace Watchkeeper.Contracts;

/// <summary>Where a power feed is in its life.</summary>
public enum PowerFeedStatus
{
    /// <summary>Ordered or being installed; counted for planning.</summary>
    Planned,
    /// <summary>Live.</summary>
    Active,
    /// <summary>Switched off on purpose.</summary>
    Offline,
    /// <summary>Down by fault.</summary>
    Failed,
}

/// <summary>The role a feed plays in a redundant pair.</summary>
public enum PowerFeedType
{
    /// <summary>The A side.</summary>
    Primary,
    /// <summary>The B side, taking over when the primary fails.</summary>
    Redundant,
}

/// <summary>Alternating or direct current.</summary>
public enum PowerSupply
{
    /// <summary>Alternating current.</summary>
    Ac,
    /// <summary>Direct current (e.g. −48 V telecom supplies).</summary>
    Dc,
}

/// <summary>How many phases a feed carries.</summary>
public enum PowerPhase
{
    /// <summary>Single phase.</summary>
    SinglePhase,
    /// <summary>Three phase; capacity is √3 × V × A.</summary>
    ThreePhase,
}
