using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Audit;

namespace Watchkeeper.Server.Platform.Tokens;

/// <summary>Authenticates <c>Authorization: Bearer wk_…</c> API tokens.</summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    WatchkeeperDb db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly object TokenKey = new();

    /// <summary>The token (with its owner) that authenticated this request, so access resolution need not load it again.</summary>
    public static ApiToken? AuthenticatedToken(HttpContext context) => context.Items.TryGetValue(TokenKey, out var token) ? token as ApiToken : null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(TokenSecrets.ApiTokenPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Not a Watchkeeper API token.");
        }
        var hash = TokenSecrets.Hash(secret);
        var token = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActive(now) || token.User.Disabled)
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        }
        await NoteUseAsync(token, now);
        Context.Items[TokenKey] = token;
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, token.UserId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, token.User.Email ?? token.Name),
            new Claim(WatchkeeperClaims.TokenId, token.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(WatchkeeperClaims.TokenOrganization, token.OrganizationId.ToString(CultureInfo.InvariantCulture)),
        ], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    // Last use is kept to the minute: writing on every request would turn reads into writes.
    private async Task NoteUseAsync(ApiToken token, DateTimeOffset now)
    {
        if (token.LastUsedAt is not null && now - token.LastUsedAt < TimeSpan.FromMinutes(1))
        {
            return;
        }
        if (token.LastUsedAt is null)
        {
            db.RecordEvent("token.first_used", token.OrganizationId, "api_token", token.Id.ToString(CultureInfo.InvariantCulture),
                new AuditActor($"token:{token.Name}", token.UserId, Context.Connection.RemoteIpAddress?.ToString()));
        }
        token.LastUsedAt = now;
        await db.SaveChangesAsync(Context.RequestAborted);
        db.ChangeTracker.Clear();
    }
}
