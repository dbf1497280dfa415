using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Map;

/// <summary>A box on the map: an item, or (with <c>Node</c> null) a "+N more" stand-in for the hidden rest of a crowded column.</summary>
public sealed record PlacedNode(string Key, MapNodeDto? Node, int Distance, int Hidden, double X, double Y);

/// <summary>A relationship drawn between two boxes, as an SVG path; edges to hidden items end at their column's "+N more" box.</summary>
public sealed record PlacedEdge(string FromKey, string ToKey, RelationshipType Type, string Path);

/// <summary>A laid-out map in user units, origin top left.</summary>
public sealed record MapPicture(IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<PlacedEdge> Edges, double Width, double Height);
