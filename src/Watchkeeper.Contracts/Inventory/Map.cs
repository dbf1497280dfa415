namespace Watchkeeper.Contracts;

/// <summary>An item on a dependency map.</summary>
/// <param name="Item">The item.</param>
/// <param name="Distance">Relationships from the centre: negative upstream (what the centre needs), positive downstream (what needs it), 0 for the centre.</param>
/// <param name="DeviceKind">For devices, what kind of device it is.</param>
/// <param name="MinimumHealthy">For redundancy groups, how many members must work.</param>
public sealed record MapNodeDto(ItemRef Item, int Distance, DeviceKind? DeviceKind, int? MinimumHealthy);

/// <summary>A relationship between two items on a dependency map, as recorded: the source relates to the target.</summary>
/// <param name="SourceId">The source item.</param>
/// <param name="TargetId">The target item.</param>
/// <param name="Type">The relationship type.</param>
public sealed record MapEdgeDto(long SourceId, long TargetId, RelationshipType Type);

/// <summary>The neighbourhood of an item: what it needs and what needs it, to a depth.</summary>
/// <param name="CentreId">The item the map is drawn around.</param>
/// <param name="Depth">How many relationships deep it reaches each way (1–5).</param>
/// <param name="Nodes">The items, the centre first.</param>
/// <param name="Edges">Every relationship of the chosen types between two items on the map.</param>
/// <param name="Truncated">True when the neighbourhood had more items than a map holds; the nearest were kept.</param>
public sealed record DependencyMapDto(long CentreId, int Depth, IReadOnlyList<MapNodeDto> Nodes, IReadOnlyList<MapEdgeDto> Edges, bool Truncated);
