namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of the organization's users (<c>GET /users</c>).</summary>
    /// <param name="query">Paging, sort (<c>displayName</c>, <c>email</c>, <c>createdAt</c>) and free text.</param>
    /// <param name="role">Only users with this role name.</param>
    /// <param name="disabled">Only disabled (true) or enabled (false) users.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<UserDto>> ListUsersAsync(ListQuery? query = null, string? role = null, bool? disabled = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<UserDto>>("api/v1/users" + (query ?? new()).ToQueryString(("role", role), ("disabled", Flag(disabled))), cancellationToken);

    /// <summary>One user of the organization (<c>GET /users/{id}</c>).</summary>
    /// <param name="id">User id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<UserDto> GetUserAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<UserDto>($"api/v1/users/{Id(id)}", cancellationToken);

    /// <summary>Creates a user with a password and a role (<c>POST /users</c>).</summary>
    /// <param name="request">The new account.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<UserDto> CreateUserAsync(CreateUserRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<UserDto>(HttpMethod.Post, "api/v1/users", request, null, idempotencyKey, cancellationToken);

    /// <summary>Changes a user's name, role or disabled flag (<c>PATCH /users/{id}</c>).</summary>
    /// <param name="id">User id.</param>
    /// <param name="request">The fields to change; null ones stay.</param>
    /// <param name="ifMatch">ETag the change expects (see <see cref="ETag.Of"/>); null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<UserDto> UpdateUserAsync(long id, UpdateUserRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<UserDto>(HttpMethod.Patch, $"api/v1/users/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Removes a user from the organization (<c>DELETE /users/{id}</c>); the account stays for its other organizations.</summary>
    /// <param name="id">User id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task RemoveUserAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/users/{Id(id)}", null, cancellationToken);

    /// <summary>Ends every session of a user (<c>POST /users/{id}/sessions/end</c>).</summary>
    /// <param name="id">User id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task EndUserSessionsAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Post, $"api/v1/users/{Id(id)}/sessions/end", null, cancellationToken);
}
