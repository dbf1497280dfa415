namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>The built-in roles and the organization's own (<c>GET /roles</c>); always one page.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<RoleDto>> ListRolesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<Page<RoleDto>>("api/v1/roles", cancellationToken);

    /// <summary>The permission catalog (<c>GET /permissions</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IReadOnlyList<PermissionDto>> ListPermissionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<PermissionDto>>("api/v1/permissions", cancellationToken);

    /// <summary>One role (<c>GET /roles/{id}</c>).</summary>
    /// <param name="id">Role id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<RoleDto> GetRoleAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<RoleDto>($"api/v1/roles/{Id(id)}", cancellationToken);

    /// <summary>Creates a custom role (<c>POST /roles</c>).</summary>
    /// <param name="request">Name, description and permissions.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<RoleDto> CreateRoleAsync(SaveRoleRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<RoleDto>(HttpMethod.Post, "api/v1/roles", request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a custom role's fields (<c>PUT /roles/{id}</c>); built-in roles cannot change.</summary>
    /// <param name="id">Role id.</param>
    /// <param name="request">All of the role's fields.</param>
    /// <param name="ifMatch">ETag the change expects (see <see cref="ETag.Of"/>); null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<RoleDto> UpdateRoleAsync(long id, SaveRoleRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<RoleDto>(HttpMethod.Put, $"api/v1/roles/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a custom role nobody holds (<c>DELETE /roles/{id}</c>).</summary>
    /// <param name="id">Role id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteRoleAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/roles/{Id(id)}", null, cancellationToken);
}
