namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of the organization's teams (<c>GET /teams</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>, <c>createdAt</c>) and a name filter.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<TeamDto>> ListTeamsAsync(ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<TeamDto>>("api/v1/teams" + (query ?? new()).ToQueryString(), cancellationToken);

    /// <summary>One team (<c>GET /teams/{id}</c>).</summary>
    /// <param name="id">Team id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<TeamDto> GetTeamAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<TeamDto>($"api/v1/teams/{Id(id)}", cancellationToken);

    /// <summary>Creates a team (<c>POST /teams</c>).</summary>
    /// <param name="request">Name, description, lead and members.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<TeamDto> CreateTeamAsync(CreateTeamRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<TeamDto>(HttpMethod.Post, "api/v1/teams", request, null, idempotencyKey, cancellationToken);

    /// <summary>Changes a team (<c>PATCH /teams/{id}</c>); a member list replaces the current one.</summary>
    /// <param name="id">Team id.</param>
    /// <param name="request">The fields to change; null ones stay.</param>
    /// <param name="ifMatch">ETag the change expects (see <see cref="ETag.Of"/>); null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<TeamDto> UpdateTeamAsync(long id, UpdateTeamRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<TeamDto>(HttpMethod.Patch, $"api/v1/teams/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a team (<c>DELETE /teams/{id}</c>).</summary>
    /// <param name="id">Team id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteTeamAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/teams/{Id(id)}", null, cancellationToken);
}
