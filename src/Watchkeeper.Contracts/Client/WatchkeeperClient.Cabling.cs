namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of interfaces (<c>GET /inventory/interfaces</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and <c>q</c> (name, or MAC in any spelling).</param>
    /// <param name="filter">The device.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<InterfaceDto>> ListInterfacesAsync(ListQuery? query = null, InterfaceFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<InterfaceDto>>("api/v1/inventory/interfaces" + (query ?? new()).ToQueryString(("deviceId", filter?.DeviceId is { } d ? Id(d) : null)), cancellationToken);

    /// <summary>One interface (<c>GET /inventory/interfaces/{id}</c>).</summary>
    /// <param name="id">Interface id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<InterfaceDto> GetInterfaceAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<InterfaceDto>($"api/v1/inventory/interfaces/{Id(id)}", cancellationToken);

    /// <summary>Creates an interface (<c>POST /inventory/interfaces</c>).</summary>
    /// <param name="request">The interface's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<InterfaceDto> CreateInterfaceAsync(InterfaceRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<InterfaceDto>(HttpMethod.Post, "api/v1/inventory/interfaces", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces an interface's fields (<c>PUT /inventory/interfaces/{id}</c>).</summary>
    /// <param name="id">Interface id.</param>
    /// <param name="request">All of the interface's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<InterfaceDto> UpdateInterfaceAsync(long id, InterfaceRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<InterfaceDto>(HttpMethod.Put, $"api/v1/inventory/interfaces/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes an uncabled interface (<c>DELETE /inventory/interfaces/{id}</c>).</summary>
    /// <param name="id">Interface id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteInterfaceAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/interfaces/{Id(id)}", null, cancellationToken);

    /// <summary>Adds the interfaces the device's type lists and the device lacks (<c>POST /inventory/interfaces/from-type</c>).</summary>
    /// <param name="deviceId">Device id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<InterfacesAdded> AddInterfacesFromTypeAsync(long deviceId, CancellationToken cancellationToken = default) =>
        SendJsonAsync<InterfacesAdded>(HttpMethod.Post, $"api/v1/inventory/interfaces/from-type?deviceId={Id(deviceId)}", new { }, null, null, cancellationToken);

    /// <summary>One page of cables (<c>GET /inventory/cables</c>).</summary>
    /// <param name="query">Paging, sort (<c>id</c>, <c>label</c>) and <c>q</c> (label).</param>
    /// <param name="filter">A device the cables end on.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<CableDto>> ListCablesAsync(ListQuery? query = null, CableFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<CableDto>>("api/v1/inventory/cables" + (query ?? new()).ToQueryString(("deviceId", filter?.DeviceId is { } d ? Id(d) : null)), cancellationToken);

    /// <summary>Connects two interfaces with a cable (<c>POST /inventory/cables</c>).</summary>
    /// <param name="request">The ends and the cable's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<CableDto> CreateCableAsync(CableRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<CableDto>(HttpMethod.Post, "api/v1/inventory/cables", request, null, idempotencyKey, cancellationToken);

    /// <summary>Removes a cable (<c>DELETE /inventory/cables/{id}</c>).</summary>
    /// <param name="id">Cable id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteCableAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/cables/{Id(id)}", null, cancellationToken);
}
