namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>The caller's signed-in browser sessions, most recently seen first (<c>GET /me/sessions</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<SessionDto>> ListSessionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<Page<SessionDto>>("api/v1/me/sessions", cancellationToken);

    /// <summary>Signs one of the caller's sessions out (<c>DELETE /me/sessions/{id}</c>).</summary>
    /// <param name="id">The session.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task EndSessionAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/me/sessions/{id}", null, cancellationToken);

    /// <summary>Signs out every session of the caller but the current one (<c>DELETE /me/sessions</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task EndOtherSessionsAsync(CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, "api/v1/me/sessions", null, cancellationToken);
}
