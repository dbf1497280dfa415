namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of sites (<c>GET /inventory/sites</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and <c>q</c> (name, address).</param>
    /// <param name="filter">Time zone.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<SiteDto>> ListSitesAsync(ListQuery? query = null, SiteFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<SiteDto>>("api/v1/inventory/sites" + (query ?? new()).ToQueryString(("timeZone", filter?.TimeZone)), cancellationToken);

    /// <summary>One site (<c>GET /inventory/sites/{id}</c>).</summary>
    /// <param name="id">Site id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<SiteDto> GetSiteAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<SiteDto>($"api/v1/inventory/sites/{Id(id)}", cancellationToken);

    /// <summary>Creates a site (<c>POST /inventory/sites</c>).</summary>
    /// <param name="request">The site's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<SiteDto> CreateSiteAsync(SiteRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<SiteDto>(HttpMethod.Post, "api/v1/inventory/sites", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a site's fields (<c>PUT /inventory/sites/{id}</c>).</summary>
    /// <param name="id">Site id.</param>
    /// <param name="request">All of the site's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<SiteDto> UpdateSiteAsync(long id, SiteRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<SiteDto>(HttpMethod.Put, $"api/v1/inventory/sites/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes an empty site (<c>DELETE /inventory/sites/{id}</c>).</summary>
    /// <param name="id">Site id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteSiteAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/sites/{Id(id)}", null, cancellationToken);

    /// <summary>One page of racks (<c>GET /inventory/racks</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>, <c>heightU</c>) and a name filter.</param>
    /// <param name="siteId">Only racks at this site.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<RackDto>> ListRacksAsync(ListQuery? query = null, long? siteId = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<RackDto>>("api/v1/inventory/racks" + (query ?? new()).ToQueryString(("siteId", siteId is { } s ? Id(s) : null)), cancellationToken);

    /// <summary>One rack (<c>GET /inventory/racks/{id}</c>).</summary>
    /// <param name="id">Rack id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<RackDto> GetRackAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<RackDto>($"api/v1/inventory/racks/{Id(id)}", cancellationToken);

    /// <summary>A rack and the devices in it (<c>GET /inventory/racks/{id}/elevation</c>).</summary>
    /// <param name="id">Rack id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<RackElevationDto> GetRackElevationAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<RackElevationDto>($"api/v1/inventory/racks/{Id(id)}/elevation", cancellationToken);

    /// <summary>Creates a rack (<c>POST /inventory/racks</c>).</summary>
    /// <param name="request">The rack's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<RackDto> CreateRackAsync(RackRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<RackDto>(HttpMethod.Post, "api/v1/inventory/racks", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a rack's fields (<c>PUT /inventory/racks/{id}</c>).</summary>
    /// <param name="id">Rack id.</param>
    /// <param name="request">All of the rack's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<RackDto> UpdateRackAsync(long id, RackRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<RackDto>(HttpMethod.Put, $"api/v1/inventory/racks/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes an empty rack (<c>DELETE /inventory/racks/{id}</c>).</summary>
    /// <param name="id">Rack id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteRackAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/racks/{Id(id)}", null, cancellationToken);

    /// <summary>One page of device types (<c>GET /inventory/device-types</c>).</summary>
    /// <param name="query">Paging, sort (<c>model</c>, <c>manufacturer</c>) and <c>q</c> on both.</param>
    /// <param name="filter">Manufacturer and height.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<DeviceTypeDto>> ListDeviceTypesAsync(ListQuery? query = null, DeviceTypeFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<DeviceTypeDto>>("api/v1/inventory/device-types" + (query ?? new()).ToQueryString(
            ("manufacturer", filter?.Manufacturer), ("heightU", filter?.HeightU is { } u ? Id(u) : null)), cancellationToken);

    /// <summary>Creates a device type (<c>POST /inventory/device-types</c>).</summary>
    /// <param name="request">The type's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<DeviceTypeDto> CreateDeviceTypeAsync(DeviceTypeRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<DeviceTypeDto>(HttpMethod.Post, "api/v1/inventory/device-types", request, null, idempotencyKey, cancellationToken);

    /// <summary>Deletes a device type no device uses (<c>DELETE /inventory/device-types/{id}</c>).</summary>
    /// <param name="id">Device type id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteDeviceTypeAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/device-types/{Id(id)}", null, cancellationToken);

    /// <summary>One page of devices (<c>GET /inventory/devices</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>, <c>createdAt</c>, <c>position</c>) and a search over name, serial, asset tag and IP.</param>
    /// <param name="filter">Site, rack, kind, status and tag filters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<DeviceDto>> ListDevicesAsync(ListQuery? query = null, DeviceFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new();
        var path = "api/v1/inventory/devices" + (query ?? new()).ToQueryString(
            ("siteId", filter.SiteId is { } s ? Id(s) : null), ("rackId", filter.RackId is { } r ? Id(r) : null),
            ("kind", filter.Kind?.ToString()), ("status", filter.Status?.ToString()), ("tag", filter.Tag),
            ("supportContractId", filter.SupportContractId is { } c ? Id(c) : null));
        return GetAsync<Page<DeviceDto>>(path, cancellationToken);
    }

    /// <summary>One device (<c>GET /inventory/devices/{id}</c>).</summary>
    /// <param name="id">Device id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<DeviceDto> GetDeviceAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<DeviceDto>($"api/v1/inventory/devices/{Id(id)}", cancellationToken);

    /// <summary>Creates a device (<c>POST /inventory/devices</c>).</summary>
    /// <param name="request">The device's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<DeviceDto> CreateDeviceAsync(DeviceRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<DeviceDto>(HttpMethod.Post, "api/v1/inventory/devices", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a device's fields (<c>PUT /inventory/devices/{id}</c>).</summary>
    /// <param name="id">Device id.</param>
    /// <param name="request">All of the device's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<DeviceDto> UpdateDeviceAsync(long id, DeviceRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<DeviceDto>(HttpMethod.Put, $"api/v1/inventory/devices/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a device (<c>DELETE /inventory/devices/{id}</c>).</summary>
    /// <param name="id">Device id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteDeviceAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/devices/{Id(id)}", null, cancellationToken);
}
