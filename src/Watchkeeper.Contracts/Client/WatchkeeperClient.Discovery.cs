namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of discovery jobs (<c>GET /inventory/discovery/jobs</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and a name filter.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<DiscoveryJobDto>> ListDiscoveryJobsAsync(ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<DiscoveryJobDto>>("api/v1/inventory/discovery/jobs" + (query ?? new()).ToQueryString(), cancellationToken);

    /// <summary>Creates a discovery job (<c>POST /inventory/discovery/jobs</c>).</summary>
    /// <param name="request">The job's fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<DiscoveryJobDto> CreateDiscoveryJobAsync(DiscoveryJobRequest request, CancellationToken cancellationToken = default) =>
        SendJsonAsync<DiscoveryJobDto>(HttpMethod.Post, "api/v1/inventory/discovery/jobs", request, null, null, cancellationToken);

    /// <summary>Deletes a discovery job with its runs and findings (<c>DELETE /inventory/discovery/jobs/{id}</c>).</summary>
    /// <param name="id">Job id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteDiscoveryJobAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/inventory/discovery/jobs/{Id(id)}", null, cancellationToken);

    /// <summary>Starts a run of a job (<c>POST /inventory/discovery/jobs/{id}/runs</c>).</summary>
    /// <param name="jobId">Job id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<DiscoveryRunDto> StartDiscoveryRunAsync(long jobId, CancellationToken cancellationToken = default) =>
        SendJsonAsync<DiscoveryRunDto>(HttpMethod.Post, $"api/v1/inventory/discovery/jobs/{Id(jobId)}/runs", new { }, null, null, cancellationToken);

    /// <summary>One page of a job's runs, newest first (<c>GET /inventory/discovery/jobs/{id}/runs</c>).</summary>
    /// <param name="jobId">Job id.</param>
    /// <param name="query">Paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<DiscoveryRunDto>> ListDiscoveryRunsAsync(long jobId, ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<DiscoveryRunDto>>($"api/v1/inventory/discovery/jobs/{Id(jobId)}/runs" + (query ?? new()).ToQueryString(), cancellationToken);

    /// <summary>One run with its progress (<c>GET /inventory/discovery/runs/{id}</c>).</summary>
    /// <param name="id">Run id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<DiscoveryRunDto> GetDiscoveryRunAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<DiscoveryRunDto>($"api/v1/inventory/discovery/runs/{Id(id)}", cancellationToken);

    /// <summary>One page of the review queue (<c>GET /inventory/discovery/findings</c>).</summary>
    /// <param name="query">Paging.</param>
    /// <param name="filter">Job, state (default pending) and kind.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<DiscoveryFindingDto>> ListFindingsAsync(ListQuery? query = null, FindingFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new();
        var path = "api/v1/inventory/discovery/findings" + (query ?? new()).ToQueryString(
            ("jobId", filter.JobId is { } j ? Id(j) : null), ("state", filter.State?.ToString()), ("kind", filter.Kind?.ToString()));
        return GetAsync<Page<DiscoveryFindingDto>>(path, cancellationToken);
    }

    /// <summary>Accepts a finding (<c>POST /inventory/discovery/findings/{id}/accept</c>).</summary>
    /// <param name="id">Finding id.</param>
    /// <param name="request">Fields to apply, or the new device's name and kind.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<DiscoveryFindingDto> AcceptFindingAsync(long id, AcceptFindingRequest request, CancellationToken cancellationToken = default) =>
        SendJsonAsync<DiscoveryFindingDto>(HttpMethod.Post, $"api/v1/inventory/discovery/findings/{Id(id)}/accept", request, null, null, cancellationToken);

    /// <summary>Ignores a finding's host (<c>POST /inventory/discovery/findings/{id}/ignore</c>).</summary>
    /// <param name="id">Finding id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<DiscoveryFindingDto> IgnoreFindingAsync(long id, CancellationToken cancellationToken = default) =>
        SendJsonAsync<DiscoveryFindingDto>(HttpMethod.Post, $"api/v1/inventory/discovery/findings/{Id(id)}/ignore", new { }, null, null, cancellationToken);
}
