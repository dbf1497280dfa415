namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>The organizations the caller can act in (<c>GET /organizations</c>); a token sees only its own.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IReadOnlyList<OrganizationDto>> ListOrganizationsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<OrganizationDto>>("api/v1/organizations", cancellationToken);

    /// <summary>Creates an organization (<c>POST /organizations</c>); instance administrators only.</summary>
    /// <param name="request">Name and slug.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<OrganizationDto> CreateOrganizationAsync(CreateOrganizationRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<OrganizationDto>(HttpMethod.Post, "api/v1/organizations", request, null, idempotencyKey, cancellationToken);

    /// <summary>The organization requests act in (<c>GET /organizations/current</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<OrganizationDto> GetCurrentOrganizationAsync(CancellationToken cancellationToken = default) =>
        GetAsync<OrganizationDto>("api/v1/organizations/current", cancellationToken);

    /// <summary>Renames the current organization (<c>PATCH /organizations/current</c>).</summary>
    /// <param name="request">The new name.</param>
    /// <param name="ifMatch">ETag the change expects (see <see cref="ETag.Of"/>); null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<OrganizationDto> UpdateCurrentOrganizationAsync(UpdateOrganizationRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<OrganizationDto>(HttpMethod.Patch, "api/v1/organizations/current", request, ifMatch, null, cancellationToken);
}
