using Watchkeeper.Server.Platform.Tokens;

namespace Watchkeeper.Server.Platform.Authorization;

/// <summary>
/// The access of the current HTTP request, resolved once. The organization comes from the
/// token, else the X-Watchkeeper-Organization header, the <c>org</c> query parameter or the
/// UI's organization cookie, else the caller's first organization.
/// </summary>
public sealed class CurrentAccess(AccessResolver resolver, IHttpContextAccessor http)
{
    public const string OrganizationHeader = "X-Watchkeeper-Organization";
    public const string OrganizationCookie = "wk-org";

    private Task<Access?>? resolving;

    public Task<Access?> GetAsync(CancellationToken cancellationToken = default) => resolving ??= ResolveAsync(cancellationToken);

    /// <summary>The access of a request that passed a permission check.</summary>
    public async Task<Access> RequireAsync(CancellationToken cancellationToken = default) =>
        await GetAsync(cancellationToken) ?? throw new InvalidOperationException("The endpoint has no permission requirement.");

    private Task<Access?> ResolveAsync(CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No HTTP request.");
        var requested = context.Request.Headers[OrganizationHeader].FirstOrDefault()
            ?? context.Request.Query["org"].FirstOrDefault()
            ?? (context.User.TokenIdOf() is null ? context.Request.Cookies[OrganizationCookie] : null);
        requested = string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();
        // The token handler already loaded the token and its owner for this request.
        return TokenAuthenticationHandler.AuthenticatedToken(context) is { } token
            ? resolver.ForTokenAsync(token, requested, cancellationToken)
            : resolver.ResolveAsync(context.User, requested, cancellationToken);
    }
}
