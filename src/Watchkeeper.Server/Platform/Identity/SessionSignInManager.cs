using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>
/// Every sign-in cookie names its server-side session. A fresh sign-in starts one; a refresh
/// (after changing the password or second factor) keeps the current one while it still exists.
/// </summary>
public sealed class SessionSignInManager(
    UserManager<User> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<User> claims, IOptions<IdentityOptions> options,
    ILogger<SignInManager<User>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<User> confirmation, UserSessions sessions)
    : SignInManager<User>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(User user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var current = Context.User.UserId() == user.Id ? Context.User.SessionId() : null;
        var session = current is { } id && await sessions.IsActiveAsync(user.Id, id) ? id : await sessions.StartAsync(user.Id, Context);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(WatchkeeperClaims.Session, session.ToString())]);
    }
}
