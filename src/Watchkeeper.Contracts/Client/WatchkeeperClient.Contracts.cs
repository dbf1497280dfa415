namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of vendors (<c>GET /inventory/vendors</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and <c>q</c> (name, account number).</param>
    /// <param name="filter">With or without contracts.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<VendorDto>> ListVendorsAsync(ListQuery? query = null, VendorFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<VendorDto>>("api/v1/inventory/vendors" + (query ?? new()).ToQueryString(("hasContracts", Flag(filter?.HasContracts))), cancellationToken);

    /// <summary>One vendor (<c>GET /inventory/vendors/{id}</c>).</summary>
    /// <param name="id">Vendor id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VendorDto> GetVendorAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<VendorDto>($"api/v1/inventory/vendors/{Id(id)}", cancellationToken);

    /// <summary>Creates a vendor (<c>POST /inventory/vendors</c>).</summary>
    /// <param name="request">The vendor's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VendorDto> CreateVendorAsync(VendorRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<VendorDto>(HttpMethod.Post, "api/v1/inventory/vendors", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a vendor's fields (<c>PUT /inventory/vendors/{id}</c>).</summary>
    /// <param name="id">Vendor id.</param>
    /// <param name="request">All of the vendor's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VendorDto> UpdateVendorAsync(long id, VendorRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<VendorDto>(HttpMethod.Put, $"api/v1/inventory/vendors/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a vendor without contracts (<c>DELETE /inventory/vendors/{id}</c>).</summary>
    /// <param name="id">Vendor id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteVendorAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/vendors/{Id(id)}", null, cancellationToken);

    /// <summary>One page of contracts (<c>GET /inventory/contracts</c>).</summary>
    /// <param name="query">Paging, sort (<c>endDate</c>, <c>reference</c>) and a filter on reference and vendor name.</param>
    /// <param name="filter">Vendor, kind, covered item and end-date filters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<ContractDto>> ListContractsAsync(ListQuery? query = null, ContractFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new();
        var path = "api/v1/inventory/contracts" + (query ?? new()).ToQueryString(
            ("vendorId", filter.VendorId is { } v ? Id(v) : null), ("kind", filter.Kind?.ToString()), ("itemId", filter.ItemId is { } i ? Id(i) : null),
            ("endingWithin", filter.EndingWithin is { } d ? Id(d) : null), ("endFrom", Date(filter.EndFrom)), ("endTo", Date(filter.EndTo)));
        return GetAsync<Page<ContractDto>>(path, cancellationToken);
    }

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One contract (<c>GET /inventory/contracts/{id}</c>).</summary>
    /// <param name="id">Contract id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ContractDto> GetContractAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<ContractDto>($"api/v1/inventory/contracts/{Id(id)}", cancellationToken);

    /// <summary>Creates a contract (<c>POST /inventory/contracts</c>).</summary>
    /// <param name="request">The contract's fields.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ContractDto> CreateContractAsync(ContractRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<ContractDto>(HttpMethod.Post, "api/v1/inventory/contracts", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a contract's fields (<c>PUT /inventory/contracts/{id}</c>).</summary>
    /// <param name="id">Contract id.</param>
    /// <param name="request">All of the contract's fields.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ContractDto> UpdateContractAsync(long id, ContractRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<ContractDto>(HttpMethod.Put, $"api/v1/inventory/contracts/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a contract; devices it supported lose the reference (<c>DELETE /inventory/contracts/{id}</c>).</summary>
    /// <param name="id">Contract id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteContractAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/contracts/{Id(id)}", null, cancellationToken);

    /// <summary>Contracts and warranties ending within <paramref name="days"/> days (<c>GET /inventory/reports/ending</c>).</summary>
    /// <param name="days">1–3650; default 90.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<EndingReportDto> GetEndingReportAsync(int days = 90, CancellationToken cancellationToken = default) =>
        GetAsync<EndingReportDto>($"api/v1/inventory/reports/ending?days={Id(days)}", cancellationToken);
}
