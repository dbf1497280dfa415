namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>The caller's own saved views of a list page and those shared in the organization (<c>GET /views?page=</c>).</summary>
    /// <param name="page">The list page, such as <c>devices</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<List<SavedViewDto>> ListViewsAsync(string page, CancellationToken cancellationToken = default) =>
        GetAsync<List<SavedViewDto>>("api/v1/views?page=" + Uri.EscapeDataString(page), cancellationToken);

    /// <summary>Saves a view (<c>POST /views</c>).</summary>
    /// <param name="request">The view.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<SavedViewDto> CreateViewAsync(SavedViewRequest request, CancellationToken cancellationToken = default) =>
        SendJsonAsync<SavedViewDto>(HttpMethod.Post, "api/v1/views", request, null, null, cancellationToken);

    /// <summary>Deletes one of the caller's views (<c>DELETE /views/{id}</c>).</summary>
    /// <param name="id">View id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteViewAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/views/{Id(id)}", null, cancellationToken);
}
