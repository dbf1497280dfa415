namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of power panels (<c>GET /inventory/power-panels</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and <c>q</c> (name).</param>
    /// <param name="siteId">Only panels at this site.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<PowerPanelDto>> ListPowerPanelsAsync(ListQuery? query = null, long? siteId = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<PowerPanelDto>>("api/v1/inventory/power-panels" + (query ?? new()).ToQueryString(("siteId", siteId is { } s ? Id(s) : null)), cancellationToken);

    /// <summary>Creates a power panel (<c>POST /inventory/power-panels</c>).</summary>
    /// <param name="request">The panel's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<PowerPanelDto> CreatePowerPanelAsync(PowerPanelRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<PowerPanelDto>(HttpMethod.Post, "api/v1/inventory/power-panels", request, null, idempotencyKey, cancellationToken);

    /// <summary>Deletes a panel without feeds (<c>DELETE /inventory/power-panels/{id}</c>).</summary>
    /// <param name="id">Panel id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeletePowerPanelAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/power-panels/{Id(id)}", null, cancellationToken);

    /// <summary>One page of power feeds with their load (<c>GET /inventory/power-feeds</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and <c>q</c> (name).</param>
    /// <param name="siteId">Only feeds from panels at this site.</param>
    /// <param name="panelId">Only feeds from this panel.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<PowerFeedDto>> ListPowerFeedsAsync(ListQuery? query = null, long? siteId = null, long? panelId = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<PowerFeedDto>>("api/v1/inventory/power-feeds" + (query ?? new()).ToQueryString(
            ("siteId", siteId is { } s ? Id(s) : null), ("panelId", panelId is { } p ? Id(p) : null)), cancellationToken);

    /// <summary>Creates a power feed (<c>POST /inventory/power-feeds</c>).</summary>
    /// <param name="request">The feed's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<PowerFeedDto> CreatePowerFeedAsync(PowerFeedRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<PowerFeedDto>(HttpMethod.Post, "api/v1/inventory/power-feeds", request, null, idempotencyKey, cancellationToken);

    /// <summary>Deletes a feed nothing is connected to (<c>DELETE /inventory/power-feeds/{id}</c>).</summary>
    /// <param name="id">Feed id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeletePowerFeedAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/power-feeds/{Id(id)}", null, cancellationToken);

    /// <summary>One page of power connections (<c>GET /inventory/power-connections</c>).</summary>
    /// <param name="query">Paging, sort (<c>id</c>, <c>label</c>) and <c>q</c> (label).</param>
    /// <param name="filter">The device, feed or upstream PDU/UPS.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<PowerConnectionDto>> ListPowerConnectionsAsync(ListQuery? query = null, PowerConnectionFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<PowerConnectionDto>>("api/v1/inventory/power-connections" + (query ?? new()).ToQueryString(
            ("deviceId", filter?.DeviceId is { } d ? Id(d) : null), ("feedId", filter?.FeedId is { } f ? Id(f) : null),
            ("upstreamDeviceId", filter?.UpstreamDeviceId is { } u ? Id(u) : null)), cancellationToken);

    /// <summary>Connects a device to a feed or to a PDU/UPS (<c>POST /inventory/power-connections</c>).</summary>
    /// <param name="request">The connection's ends.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<PowerConnectionDto> CreatePowerConnectionAsync(PowerConnectionRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<PowerConnectionDto>(HttpMethod.Post, "api/v1/inventory/power-connections", request, null, idempotencyKey, cancellationToken);

    /// <summary>Removes a power connection (<c>DELETE /inventory/power-connections/{id}</c>).</summary>
    /// <param name="id">Connection id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeletePowerConnectionAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/power-connections/{Id(id)}", null, cancellationToken);

    /// <summary>A site's panels, feeds and loads (<c>GET /inventory/sites/{id}/power</c>).</summary>
    /// <param name="siteId">Site id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IReadOnlyList<SitePowerPanelDto>> GetSitePowerAsync(long siteId, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<SitePowerPanelDto>>($"api/v1/inventory/sites/{Id(siteId)}/power", cancellationToken);
}
