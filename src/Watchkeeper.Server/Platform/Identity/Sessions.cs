using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>Raised when sessions of a user end: the given ones, or all of them when <paramref name="SessionIds"/> is null.</summary>
public sealed record UserSessionsEnded(long UserId, string Reason, IReadOnlyList<Guid>? SessionIds = null);

/// <summary>
/// Ends all of a user's sessions: password or role change, disabling, "sign out everywhere".
/// The new security stamp invalidates every cookie on its next request (a copied one too); the
/// event tells live UI connections on every node to close now.
/// </summary>
public sealed class SessionRevocation(UserManager<User> users, WatchkeeperDb db, UserSessions sessions)
{
    public async Task EndAllAsync(User user, string reason)
    {
        db.UserSessions.RemoveRange(await db.UserSessions.Where(s => s.UserId == user.Id).ToListAsync());
        sessions.RecordEnded(user.Id, null, reason);
        // The stamp update saves the context, so the removals, the audit entry and the event commit with it.
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
