namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of relationships (<c>GET /inventory/relationships</c>).</summary>
    /// <param name="filter">Item, direction and type filters.</param>
    /// <param name="query">Paging and sort (<c>createdAt</c>, <c>type</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<RelationshipDto>> ListRelationshipsAsync(RelationshipFilter? filter = null, ListQuery? query = null, CancellationToken cancellationToken = default)
    {
        filter ??= new();
        var path = "api/v1/inventory/relationships" + (query ?? new()).ToQueryString(
            ("itemId", filter.ItemId is { } i ? Id(i) : null), ("direction", filter.Direction?.ToString()), ("type", filter.Type?.ToString()));
        return GetAsync<Page<RelationshipDto>>(path, cancellationToken);
    }

    /// <summary>Records a relationship (<c>POST /inventory/relationships</c>).</summary>
    /// <param name="request">Source, target and type.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<RelationshipDto> CreateRelationshipAsync(RelationshipRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<RelationshipDto>(HttpMethod.Post, "api/v1/inventory/relationships", request, null, idempotencyKey, cancellationToken);

    /// <summary>Removes a relationship (<c>DELETE /inventory/relationships/{id}</c>).</summary>
    /// <param name="id">Relationship id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteRelationshipAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/relationships/{Id(id)}", null, cancellationToken);

    /// <summary>One page of redundancy groups (<c>GET /inventory/redundancy-groups</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and a name filter.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<RedundancyGroupDto>> ListRedundancyGroupsAsync(ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<RedundancyGroupDto>>("api/v1/inventory/redundancy-groups" + (query ?? new()).ToQueryString(), cancellationToken);

    /// <summary>Creates a redundancy group (<c>POST /inventory/redundancy-groups</c>).</summary>
    /// <param name="request">Name and minimum of working members.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<RedundancyGroupDto> CreateRedundancyGroupAsync(RedundancyGroupRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<RedundancyGroupDto>(HttpMethod.Post, "api/v1/inventory/redundancy-groups", request, null, idempotencyKey, cancellationToken);

    /// <summary>What the failure of one item affects (<c>GET /inventory/items/{id}/impact</c>).</summary>
    /// <param name="itemId">Configuration item id.</param>
    /// <param name="limit">Affected items to list, worst first (1–100000, default 1000); the counts and business services are always whole.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ImpactDto> GetImpactAsync(long itemId, int? limit = null, CancellationToken cancellationToken = default) =>
        GetAsync<ImpactDto>($"api/v1/inventory/items/{Id(itemId)}/impact{Limit(limit)}", cancellationToken);

    /// <summary>What the failure of several items together affects (<c>POST /inventory/impact</c>).</summary>
    /// <param name="itemIds">The failed items.</param>
    /// <param name="limit">Affected items to list, worst first (1–100000, default 1000); the counts and business services are always whole.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ImpactDto> AnalyzeImpactAsync(IReadOnlyList<long> itemIds, int? limit = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<ImpactDto>(HttpMethod.Post, $"api/v1/inventory/impact{Limit(limit)}", new ImpactRequest(itemIds), null, null, cancellationToken);

    private static string Limit(int? limit) => limit is { } l ? $"?limit={Id(l)}" : "";

    /// <summary>What an item relies on (upstream) or what relies on it (downstream), to a depth (<c>GET /inventory/items/{id}/upstream|downstream</c>).</summary>
    /// <param name="itemId">Configuration item id.</param>
    /// <param name="downstream">True for what its failure reaches, false for what it needs.</param>
    /// <param name="depth">How many relationships deep (1–50).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<List<WalkStepDto>> WalkAsync(long itemId, bool downstream, int depth = 3, CancellationToken cancellationToken = default) =>
        GetAsync<List<WalkStepDto>>($"api/v1/inventory/items/{Id(itemId)}/{(downstream ? "downstream" : "upstream")}?depth={Id(depth)}", cancellationToken);

    /// <summary>Items whose loss alone takes down a high or critical item (<c>GET /inventory/single-points-of-failure</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<List<SinglePointOfFailureDto>> ListSinglePointsOfFailureAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<SinglePointOfFailureDto>>("api/v1/inventory/single-points-of-failure", cancellationToken);
}
