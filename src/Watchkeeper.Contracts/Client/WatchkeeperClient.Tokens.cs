namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of API tokens (<c>GET /tokens</c>): the caller's own personal tokens unless <paramref name="all"/>.</summary>
    /// <param name="query">Paging and sort (<c>createdAt</c>, <c>name</c>).</param>
    /// <param name="all">Everyone's tokens, service tokens included; needs <c>platform.tokens.manage</c>.</param>
    /// <param name="includeRevoked">Include revoked tokens.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<TokenDto>> ListTokensAsync(ListQuery? query = null, bool? all = null, bool? includeRevoked = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<TokenDto>>("api/v1/tokens" + (query ?? new()).ToQueryString(("all", Flag(all)), ("includeRevoked", Flag(includeRevoked))), cancellationToken);

    /// <summary>Creates a token (<c>POST /tokens</c>); the secret is in the answer only.</summary>
    /// <param name="request">Name, kind, permissions and lifetime.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<CreatedTokenDto> CreateTokenAsync(CreateTokenRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<CreatedTokenDto>(HttpMethod.Post, "api/v1/tokens", request, null, idempotencyKey, cancellationToken);

    /// <summary>Revokes a token (<c>DELETE /tokens/{id}</c>); it stops working at once.</summary>
    /// <param name="id">Token id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task RevokeTokenAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/tokens/{Id(id)}", null, cancellationToken);
}
