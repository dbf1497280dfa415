namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of custom field definitions (<c>GET /inventory/custom-fields</c>).</summary>
    /// <param name="query">Paging and sort (<c>key</c>).</param>
    /// <param name="itemKind">Only the fields of this kind of item.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<CustomFieldDto>> ListCustomFieldsAsync(ListQuery? query = null, CiKind? itemKind = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<CustomFieldDto>>("api/v1/inventory/custom-fields" + (query ?? new()).ToQueryString(("itemKind", itemKind?.ToString())), cancellationToken);

    /// <summary>Defines a custom field (<c>POST /inventory/custom-fields</c>).</summary>
    /// <param name="request">The definition.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<CustomFieldDto> CreateCustomFieldAsync(CustomFieldRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<CustomFieldDto>(HttpMethod.Post, "api/v1/inventory/custom-fields", request, null, idempotencyKey, cancellationToken);

    /// <summary>Deletes a custom field and every item's value of it (<c>DELETE /inventory/custom-fields/{id}</c>).</summary>
    /// <param name="id">Field id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteCustomFieldAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/custom-fields/{Id(id)}", null, cancellationToken);
}
