using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Identity;

namespace Watchkeeper.Server.Components.Session;

/// <summary>
/// A backstop for live connections: every 30 seconds the circuit's user is checked against the
/// database (still enabled, same security stamp, session not ended). The session-ended signal
/// normally closes the connection at once; this catches a signal lost while a node reconnected.
/// </summary>
public sealed class SessionRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null || user.Disabled)
        {
            return false;
        }
        var stamp = authenticationState.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user)
            && await scope.ServiceProvider.GetRequiredService<UserSessions>().IsActiveAsync(user.Id, authenticationState.User.SessionId(), cancellationToken);
    }
}
