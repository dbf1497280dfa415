namespace Watchkeeper.Contracts;

/// <summary>The filters of the check list (<c>GET /monitoring/checks</c>) besides paging and the name filter <c>q</c>.</summary>
/// <param name="State">Only checks in this confirmed state.</param>
/// <param name="Kind">Only checks of this kind.</param>
/// <param name="ItemId">Only checks that watch this configuration item.</param>
public sealed record CheckFilter(CheckState? State = null, CheckKind? Kind = null, long? ItemId = null);
