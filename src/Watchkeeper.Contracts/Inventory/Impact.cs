namespace Watchkeeper.Contracts;

/// <summary>What a failure does to an item that relies on the failed ones.</summary>
public enum ImpactState
{
    /// <summary>Still working, with less redundancy than it should have.</summary>
    Degraded,
    /// <summary>Not working.</summary>
    Down,
}

/// <summary>An item a failure reaches.</summary>
/// <param name="Item">The item.</param>
/// <param name="Criticality">Its criticality.</param>
/// <param name="State">Down or degraded.</param>
public sealed record ImpactedItemDto(ItemRef Item, Criticality? Criticality, ImpactState State);

/// <summary>A business service a failure reaches.</summary>
/// <param name="Service">The business service.</param>
/// <param name="Tier">Its tier, 1 (most critical) to 4.</param>
/// <param name="State">Down or degraded.</param>
public sealed record ImpactedServiceDto(ItemRef Service, int? Tier, ImpactState State);

/// <summary>The result of an impact analysis: the failed items and everything their failure reaches, worst first.</summary>
/// <param name="Failed">The items assumed failed.</param>
/// <param name="Affected">The items that are down or degraded because of them, business services included: the worst first, up to the request's limit.</param>
/// <param name="Services">Every business service among them, worst first, then by tier.</param>
/// <param name="AffectedCount">How many items are affected in all; more than <paramref name="Affected"/> lists when the limit cut the list.</param>
/// <param name="DownCount">How many of them are down; the rest are degraded.</param>
public sealed record ImpactDto(IReadOnlyList<ItemRef> Failed, IReadOnlyList<ImpactedItemDto> Affected, IReadOnlyList<ImpactedServiceDto> Services,
    int AffectedCount, int DownCount);

/// <summary>Asks what the failure of several items together affects.</summary>
/// <param name="ItemIds">The failed items.</param>
public sealed record ImpactRequest(IReadOnlyList<long> ItemIds);

/// <summary>One item reached by an upstream or downstream walk.</summary>
/// <param name="Item">The item.</param>
/// <param name="Depth">Relationships between it and the start (1 = direct).</param>
/// <param name="ViaId">The item it was reached from.</param>
/// <param name="Type">The relationship it was reached over.</param>
public sealed record WalkStepDto(ItemRef Item, int Depth, long ViaId, RelationshipType Type);

/// <summary>An item whose loss alone takes down a tier-1 or tier-2 business service.</summary>
/// <param name="Item">The single point of failure.</param>
/// <param name="TakesDown">The tier-1 and tier-2 business services it takes down.</param>
public sealed record SinglePointOfFailureDto(ItemRef Item, IReadOnlyList<ItemRef> TakesDown);
