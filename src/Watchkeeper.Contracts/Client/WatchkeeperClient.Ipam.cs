namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of VRFs (<c>GET /inventory/vrfs</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and <c>q</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<VrfDto>> ListVrfsAsync(ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<VrfDto>>("api/v1/inventory/vrfs" + (query ?? new()).ToQueryString(), cancellationToken);

    /// <summary>One VRF (<c>GET /inventory/vrfs/{id}</c>).</summary>
    /// <param name="id">VRF id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VrfDto> GetVrfAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<VrfDto>($"api/v1/inventory/vrfs/{Id(id)}", cancellationToken);

    /// <summary>Creates a VRF (<c>POST /inventory/vrfs</c>).</summary>
    /// <param name="request">The VRF's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VrfDto> CreateVrfAsync(VrfRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<VrfDto>(HttpMethod.Post, "api/v1/inventory/vrfs", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a VRF's fields (<c>PUT /inventory/vrfs/{id}</c>).</summary>
    /// <param name="id">VRF id.</param>
    /// <param name="request">All of the VRF's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VrfDto> UpdateVrfAsync(long id, VrfRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<VrfDto>(HttpMethod.Put, $"api/v1/inventory/vrfs/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a VRF no prefix or address uses (<c>DELETE /inventory/vrfs/{id}</c>).</summary>
    /// <param name="id">VRF id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteVrfAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/vrfs/{Id(id)}", null, cancellationToken);

    /// <summary>One page of prefixes (<c>GET /inventory/prefixes</c>).</summary>
    /// <param name="query">Paging, sort (<c>prefix</c>, <c>length</c>) and <c>q</c>.</param>
    /// <param name="filter">VRF, family, containing block, site and status.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<PrefixDto>> ListPrefixesAsync(ListQuery? query = null, PrefixFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<PrefixDto>>("api/v1/inventory/prefixes" + (query ?? new()).ToQueryString(Scope(filter?.VrfId), ("family", filter?.Family?.ToString()), ("within", filter?.Within),
            ("siteId", filter?.SiteId is { } s ? Id(s) : null), ("status", filter?.Status?.ToString())), cancellationToken);

    /// <summary>One prefix (<c>GET /inventory/prefixes/{id}</c>).</summary>
    /// <param name="id">Prefix id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<PrefixDto> GetPrefixAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<PrefixDto>($"api/v1/inventory/prefixes/{Id(id)}", cancellationToken);

    /// <summary>Creates a prefix (<c>POST /inventory/prefixes</c>).</summary>
    /// <param name="request">The prefix's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<PrefixDto> CreatePrefixAsync(PrefixRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<PrefixDto>(HttpMethod.Post, "api/v1/inventory/prefixes", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a prefix's fields (<c>PUT /inventory/prefixes/{id}</c>).</summary>
    /// <param name="id">Prefix id.</param>
    /// <param name="request">All of the prefix's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<PrefixDto> UpdatePrefixAsync(long id, PrefixRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<PrefixDto>(HttpMethod.Put, $"api/v1/inventory/prefixes/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a prefix (its children and addresses stay) (<c>DELETE /inventory/prefixes/{id}</c>).</summary>
    /// <param name="id">Prefix id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeletePrefixAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/prefixes/{Id(id)}", null, cancellationToken);

    /// <summary>One page of IP addresses (<c>GET /inventory/ip-addresses</c>).</summary>
    /// <param name="query">Paging, sort (<c>address</c>, <c>dnsName</c>) and <c>q</c>.</param>
    /// <param name="filter">VRF, family, assigned item, containing block and status.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<IpAddressDto>> ListIpAddressesAsync(ListQuery? query = null, IpAddressFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<IpAddressDto>>("api/v1/inventory/ip-addresses" + (query ?? new()).ToQueryString(Scope(filter?.VrfId), ("family", filter?.Family?.ToString()), ("itemId", filter?.ItemId is { } i ? Id(i) : null), ("within", filter?.Within), ("status", filter?.Status?.ToString())), cancellationToken);

    /// <summary>One IP address (<c>GET /inventory/ip-addresses/{id}</c>).</summary>
    /// <param name="id">Address id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IpAddressDto> GetIpAddressAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<IpAddressDto>($"api/v1/inventory/ip-addresses/{Id(id)}", cancellationToken);

    /// <summary>Creates a IP address (<c>POST /inventory/ip-addresses</c>).</summary>
    /// <param name="request">The IP address's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IpAddressDto> CreateIpAddressAsync(IpAddressRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<IpAddressDto>(HttpMethod.Post, "api/v1/inventory/ip-addresses", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a IP address's fields (<c>PUT /inventory/ip-addresses/{id}</c>).</summary>
    /// <param name="id">Address id.</param>
    /// <param name="request">All of the IP address's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IpAddressDto> UpdateIpAddressAsync(long id, IpAddressRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<IpAddressDto>(HttpMethod.Put, $"api/v1/inventory/ip-addresses/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes an IP address (<c>DELETE /inventory/ip-addresses/{id}</c>).</summary>
    /// <param name="id">Address id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteIpAddressAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/ip-addresses/{Id(id)}", null, cancellationToken);

    /// <summary>One page of VLAN groups (<c>GET /inventory/vlan-groups</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and <c>q</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<VlanGroupDto>> ListVlanGroupsAsync(ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<VlanGroupDto>>("api/v1/inventory/vlan-groups" + (query ?? new()).ToQueryString(), cancellationToken);

    /// <summary>One VLAN group (<c>GET /inventory/vlan-groups/{id}</c>).</summary>
    /// <param name="id">VLAN group id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VlanGroupDto> GetVlanGroupAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<VlanGroupDto>($"api/v1/inventory/vlan-groups/{Id(id)}", cancellationToken);

    /// <summary>Creates a VLAN group (<c>POST /inventory/vlan-groups</c>).</summary>
    /// <param name="request">The VLAN group's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VlanGroupDto> CreateVlanGroupAsync(VlanGroupRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<VlanGroupDto>(HttpMethod.Post, "api/v1/inventory/vlan-groups", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a VLAN group's fields (<c>PUT /inventory/vlan-groups/{id}</c>).</summary>
    /// <param name="id">VLAN group id.</param>
    /// <param name="request">All of the VLAN group's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VlanGroupDto> UpdateVlanGroupAsync(long id, VlanGroupRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<VlanGroupDto>(HttpMethod.Put, $"api/v1/inventory/vlan-groups/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a VLAN group that holds no VLAN (<c>DELETE /inventory/vlan-groups/{id}</c>).</summary>
    /// <param name="id">VLAN group id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteVlanGroupAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/vlan-groups/{Id(id)}", null, cancellationToken);

    /// <summary>One page of VLANs (<c>GET /inventory/vlans</c>).</summary>
    /// <param name="query">Paging, sort (<c>vid</c>, <c>name</c>) and <c>q</c>.</param>
    /// <param name="filter">Group, site and VLAN id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<VlanDto>> ListVlansAsync(ListQuery? query = null, VlanFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<VlanDto>>("api/v1/inventory/vlans" + (query ?? new()).ToQueryString(("groupId", filter?.GroupId is { } g ? Id(g) : null), ("siteId", filter?.SiteId is { } s ? Id(s) : null), ("vid", filter?.Vid is { } v ? Id(v) : null)), cancellationToken);

    /// <summary>One VLAN (<c>GET /inventory/vlans/{id}</c>).</summary>
    /// <param name="id">VLAN id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VlanDto> GetVlanAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<VlanDto>($"api/v1/inventory/vlans/{Id(id)}", cancellationToken);

    /// <summary>Creates a VLAN (<c>POST /inventory/vlans</c>).</summary>
    /// <param name="request">The VLAN's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VlanDto> CreateVlanAsync(VlanRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<VlanDto>(HttpMethod.Post, "api/v1/inventory/vlans", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a VLAN's fields (<c>PUT /inventory/vlans/{id}</c>).</summary>
    /// <param name="id">VLAN id.</param>
    /// <param name="request">All of the VLAN's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VlanDto> UpdateVlanAsync(long id, VlanRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<VlanDto>(HttpMethod.Put, $"api/v1/inventory/vlans/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a VLAN (<c>DELETE /inventory/vlans/{id}</c>).</summary>
    /// <param name="id">VLAN id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteVlanAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/vlans/{Id(id)}", null, cancellationToken);

    /// <summary>
    /// The prefix tree of one VRF in depth-first order with each prefix's utilization (<c>GET /inventory/prefixes/tree</c>).
    /// </summary>
    /// <param name="query">VRF, containing block and how many levels to return.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IReadOnlyList<PrefixTreeNodeDto>> GetPrefixTreeAsync(PrefixTreeQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<PrefixTreeNodeDto>>("api/v1/inventory/prefixes/tree" + new ListQuery().ToQueryString(
            Scope(query?.VrfId), ("within", query?.Within), ("depth", query?.Depth is { } d ? Id(d) : null)), cancellationToken);

    /// <summary>How much of a prefix is in use (<c>GET /inventory/prefixes/{id}/utilization</c>).</summary>
    /// <param name="id">Prefix id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<PrefixUtilizationDto> GetPrefixUtilizationAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<PrefixUtilizationDto>($"api/v1/inventory/prefixes/{Id(id)}/utilization", cancellationToken);

    /// <summary>The lowest free prefix of a length inside a prefix (<c>GET /inventory/prefixes/{id}/next-free-prefix</c>); 409 when full.</summary>
    /// <param name="id">Prefix id.</param>
    /// <param name="length">The wanted prefix length.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<FreeSpaceDto> GetNextFreePrefixAsync(long id, int length, CancellationToken cancellationToken = default) =>
        GetAsync<FreeSpaceDto>($"api/v1/inventory/prefixes/{Id(id)}/next-free-prefix?length={Id(length)}", cancellationToken);

    /// <summary>The lowest free address inside a prefix (<c>GET /inventory/prefixes/{id}/next-free-address</c>); 409 when full.</summary>
    /// <param name="id">Prefix id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<FreeSpaceDto> GetNextFreeAddressAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<FreeSpaceDto>($"api/v1/inventory/prefixes/{Id(id)}/next-free-address", cancellationToken);

    /// <summary>The free space inside a prefix as the largest aligned blocks, lowest first (<c>GET /inventory/prefixes/{id}/free-ranges</c>).</summary>
    /// <param name="id">Prefix id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IReadOnlyList<FreeSpaceDto>> GetFreeRangesAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<FreeSpaceDto>>($"api/v1/inventory/prefixes/{Id(id)}/free-ranges", cancellationToken);

    private static (string, string?) Scope(long? vrfId) => ("vrfId", vrfId is { } v ? Id(v) : null);
}
