namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>Who the caller is, where they act and what they may do (<c>GET /me</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<WhoAmIDto> GetMeAsync(CancellationToken cancellationToken = default) =>
        GetAsync<WhoAmIDto>("api/v1/me", cancellationToken);

    /// <summary>Exchanges e-mail, password and second factor for a personal token (<c>POST /auth/token</c>); rate-limited.</summary>
    /// <param name="request">The credentials.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<CreatedTokenDto> LoginAsync(LoginTokenRequest request, CancellationToken cancellationToken = default) =>
        SendJsonAsync<CreatedTokenDto>(HttpMethod.Post, "api/v1/auth/token", request, null, null, cancellationToken);

    /// <summary>Changes the caller's own password (<c>POST /me/password</c>); needs a session, not a token.</summary>
    /// <param name="request">Current and new password.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task ChangePasswordAsync(ChangePasswordRequest request, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Post, "api/v1/me/password", request, cancellationToken);

    /// <summary>Creates the first administrator with the setup link's secret (<c>POST /setup</c>).</summary>
    /// <param name="request">The setup secret and the administrator's account.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<UserRef> CompleteSetupAsync(CompleteSetupRequest request, CancellationToken cancellationToken = default) =>
        SendJsonAsync<UserRef>(HttpMethod.Post, "api/v1/setup", request, null, null, cancellationToken);
}
