using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Identity;

namespace Watchkeeper.Server.Components.Session;

/// <summary>
/// Runs every load and action of a live page the way an API request runs: in its own DI scope
/// (its own DbContext), with the caller's access resolved afresh from the database, the
/// permission checked, the security stamp compared and the audit actor set. A circuit lives for
/// hours; nothing it resolved earlier is trusted, so a demoted user loses rights at once.
/// </summary>
public sealed class UiAccess(
    IServiceScopeFactory scopes, UiSession session, AuthenticationStateProvider authentication, NavigationManager navigation,
    IOptions<IdentityOptions> identity, ILogger<UiAccess> logger)
{
    /// <summary>
    /// Fixes the organization of this connection once, at its start: the one the browser asked
    /// for, else the user's first. Later actions never fall back to another organization.
    /// </summary>
    public async Task StartAsync(string? organization, string? remoteIp, string? theme)
    {
        session.Start(organization, remoteIp, theme);
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        if (principal.UserId() is null)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var resolver = scope.ServiceProvider.GetRequiredService<AccessResolver>();
        var access = await resolver.ResolveAsync(principal, session.Organization) ?? await resolver.ResolveAsync(principal, null);
        session.Start(access?.Organization.Slug, remoteIp, theme);
    }

    /// <summary>Who is signed in and their access here, also for a user who belongs to no organization.</summary>
    public async Task<ShellInfo?> LoadShellAsync()
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        if (session.Ended || principal.UserId() is not { } userId || !await IsCurrentAsync(scope.ServiceProvider, principal))
        {
            EndSession();
            return null;
        }
        var access = await scope.ServiceProvider.GetRequiredService<AccessResolver>().ResolveAsync(principal, session.Organization);
        return await ShellInfo.LoadAsync(db, userId, access);
    }

    public Task<Outcome<T>> RunAsync<T>(string? permission, Func<UiScope, Task<Outcome<T>>> work) =>
        RunAsync(access => permission is null || access.Has(permission), permission, work);

    public Task<Outcome<T>> ReadAsync<T>(string? permission, Func<UiScope, Task<T>> read) =>
        RunAsync(permission, async scope => (Outcome<T>)await read(scope));

    /// <param name="allowed">Whether the access is enough.</param>
    /// <param name="need">What was needed, for the audit entry when it is not.</param>
    public async Task<Outcome<T>> RunAsync<T>(Func<Access, bool> allowed, string? need, Func<UiScope, Task<Outcome<T>>> work)
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        if (session.Ended || !await IsCurrentAsync(scope.ServiceProvider, principal))
        {
            return EndSession();
        }
        using var actor = AuditActor.Begin(new AuditActor(principal.Identity?.Name ?? "user", principal.UserId(), session.RemoteIp));
        var access = await scope.ServiceProvider.GetRequiredService<AccessResolver>().ResolveAsync(principal, session.Organization);
        if (access is null)
        {
            return OperationError.Forbidden("You are not a member of this organization any more.");
        }
        if (!allowed(access))
        {
            db.RecordEvent("permission.denied", access.OrganizationId, "page", $"/{navigation.ToBaseRelativePath(navigation.Uri)} ({need})");
            await db.SaveChangesAsync();
            return OperationError.Forbidden(need is null
                ? "Your role does not allow this here."
                : $"This needs the permission '{need}' in {access.Organization.Name}.");
        }
        try
        {
            return await work(new UiScope(access, scope.ServiceProvider, principal));
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationError.Conflict("Someone else changed this at the same time. Reload and try again.");
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            logger.LogError(ex, "A UI action failed");
            return OperationError.Conflict("The change could not be saved. Reload the page and try again.");
        }
    }

    /// <summary>True while the signed-in session is still the one the database knows: enabled, same security stamp, not ended.</summary>
    private async Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        var db = services.GetRequiredService<WatchkeeperDb>();
        var id = principal.UserId();
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.Disabled }).SingleOrDefaultAsync();
        return user is { Disabled: false } && stamp is not null && user.SecurityStamp == stamp
            && await services.GetRequiredService<UserSessions>().IsActiveAsync(id!.Value, principal.SessionId());
    }

    private OperationError EndSession()
    {
        session.End();
        navigation.NavigateTo(LoginLinks.SessionEnded(navigation), forceLoad: true);
        return OperationError.Forbidden("Your session has ended. Sign in again.");
    }
}
