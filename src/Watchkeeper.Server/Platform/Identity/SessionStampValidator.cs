using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>
/// Identity's per-request security stamp check, plus the cookie's server-side session: a cookie
/// whose session was ended (or that never had one) is refused like one with an old stamp.
/// </summary>
public sealed class SessionStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<User> signIn, ILoggerFactory logger, UserSessions sessions)
    : SecurityStampValidator<User>(options, signIn, logger)
{
    protected override async Task<User?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var user = await base.VerifySecurityStamp(principal);
        return user is not null && await sessions.IsActiveAsync(user.Id, principal!.SessionId()) ? user : null;
    }

    /// <summary>The refreshed principal is built from the user alone; the session id has to be carried over.</summary>
    public static Task CarrySessionAsync(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(WatchkeeperClaims.Session) is { } session
            && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(WatchkeeperClaims.Session, session.Value));
        }
        return Task.CompletedTask;
    }
}
