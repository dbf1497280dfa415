namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of services (<c>GET /inventory/services</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>, <c>tier</c>) and a name filter.</param>
    /// <param name="filter">Kind, tier, owner team, visibility and status filters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<ServiceDto>> ListServicesAsync(ListQuery? query = null, ServiceFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new();
        var path = "api/v1/inventory/services" + (query ?? new()).ToQueryString(
            ("kind", filter.Kind?.ToString()), ("tier", filter.Tier is { } t ? Id(t) : null), ("ownerTeamId", filter.OwnerTeamId is { } o ? Id(o) : null),
            ("visibleToRequesters", Flag(filter.VisibleToRequesters)), ("status", filter.Status?.ToString()));
        return GetAsync<Page<ServiceDto>>(path, cancellationToken);
    }

    /// <summary>One service (<c>GET /inventory/services/{id}</c>).</summary>
    /// <param name="id">Service id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ServiceDto> GetServiceAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<ServiceDto>($"api/v1/inventory/services/{Id(id)}", cancellationToken);

    /// <summary>Creates a service (<c>POST /inventory/services</c>).</summary>
    /// <param name="request">The service's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ServiceDto> CreateServiceAsync(ServiceRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<ServiceDto>(HttpMethod.Post, "api/v1/inventory/services", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a service's fields (<c>PUT /inventory/services/{id}</c>).</summary>
    /// <param name="id">Service id.</param>
    /// <param name="request">All of the service's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ServiceDto> UpdateServiceAsync(long id, ServiceRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<ServiceDto>(HttpMethod.Put, $"api/v1/inventory/services/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a service and its relationships (<c>DELETE /inventory/services/{id}</c>).</summary>
    /// <param name="id">Service id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteServiceAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/services/{Id(id)}", null, cancellationToken);

    /// <summary>The business services the caller sees as a requester (<c>GET /inventory/catalog</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<List<CatalogEntryDto>> ListCatalogAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<CatalogEntryDto>>("api/v1/inventory/catalog", cancellationToken);
}
