using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>
/// The server-side record behind each signed-in browser: created at sign-in, checked on every
/// request with the security stamp, deleted when the session ends. Deleting it ends that
/// session alone, even for a copied cookie.
/// </summary>
public sealed class UserSessions(WatchkeeperDb db, TimeProvider clock)
{
    /// <summary>As long as the cookie's sliding expiry: a session unseen for longer is over.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(12);

    // Every request checks the session; writing "last seen" on each one would turn reads into writes.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<Guid> StartAsync(long userId, HttpContext? http)
    {
        var now = clock.GetUtcNow();
        var idleSince = now - IdleLimit;
        await db.UserSessions.Where(s => s.UserId == userId && s.LastSeenAt < idleSince).ExecuteDeleteAsync();
        var userAgent = http?.Request.Headers.UserAgent.ToString();
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = string.IsNullOrEmpty(userAgent) ? null : userAgent[..Math.Min(userAgent.Length, UserSessionConfiguration.UserAgentLength)],
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>True while the session exists and is not idle; notes that it was seen.</summary>
    public async Task<bool> IsActiveAsync(long userId, Guid? sessionId, CancellationToken cancellationToken = default)
    {
        var lastSeen = await db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId)
            .Select(s => (DateTimeOffset?)s.LastSeenAt).SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (lastSeen is not { } seen || now - seen > IdleLimit)
        {
            return false;
        }
        if (now - seen >= TouchInterval)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }
        return true;
    }

    /// <summary>Removes the records of sessions that went idle, including those of users who never come back.</summary>
    public Task<int> DeleteIdleAsync(CancellationToken cancellationToken)
    {
        var idleSince = clock.GetUtcNow() - IdleLimit;
        return db.UserSessions.Where(s => s.LastSeenAt < idleSince).ExecuteDeleteAsync(cancellationToken);
    }

    public Task<List<UserSession>> ListAsync(long userId, CancellationToken cancellationToken) =>
        db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.LastSeenAt).ToListAsync(cancellationToken);

    /// <summary>Ends one session of the user; false when there is no such session.</summary>
    public async Task<bool> EndAsync(long userId, Guid sessionId, string reason, CancellationToken cancellationToken = default) =>
        await EndAsync(userId, db.UserSessions.Where(s => s.UserId == userId && s.Id == sessionId), reason, cancellationToken) > 0;

    /// <summary>Ends every session of the user but <paramref name="keep"/> (none kept when null).</summary>
    public Task<int> EndOthersAsync(long userId, Guid? keep, string reason, CancellationToken cancellationToken = default) =>
        EndAsync(userId, db.UserSessions.Where(s => s.UserId == userId && s.Id != keep), reason, cancellationToken);

    /// <summary>Stages the audit entry and the event that closes live connections; they commit with the caller's save.</summary>
    public void RecordEnded(long userId, IReadOnlyList<Guid>? sessionIds, string reason)
    {
        foreach (var which in sessionIds?.Select(id => id.ToString()) ?? ["all"])
        {
            var objectId = $"{userId}/{which} ({reason})";
            db.RecordEvent("session.ended", null, "session", objectId[..Math.Min(objectId.Length, 100)]);
        }
        db.Publish(new UserSessionsEnded(userId, reason, sessionIds));
    }

    private async Task<int> EndAsync(long userId, IQueryable<UserSession> ending, string reason, CancellationToken cancellationToken)
    {
        var sessions = await ending.ToListAsync(cancellationToken);
        if (sessions.Count > 0)
        {
            db.UserSessions.RemoveRange(sessions);
            RecordEnded(userId, sessions.Select(s => s.Id).ToList(), reason);
            await db.SaveChangesAsync(cancellationToken);
        }
        return sessions.Count;
    }
}
