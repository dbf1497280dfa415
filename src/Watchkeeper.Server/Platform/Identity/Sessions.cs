using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Data.Outbox;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>Raised when a user's sessions must end: logout everywhere, password or role change, disabling.</summary>
public sealed record UserSessionsEnded(long UserId, string Reason);

/// <summary>
/// Ends a user's sessions. The new security stamp invalidates every cookie on its next
/// request; the event tells live UI connections to close now.
/// </summary>
public sealed class SessionRevocation(UserManager<User> users, WatchkeeperDb db)
{
    public async Task EndAllAsync(User user, string reason)
    {
        db.Publish(new UserSessionsEnded(user.Id, reason));
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>The live UI connections of this node, by user, so they can be closed when sessions end.</summary>
public sealed class LiveSessions
{
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<Guid, Func<Task>>> byUser = new();

    public IDisposable Register(long userId, Func<Task> end)
    {
        var id = Guid.NewGuid();
        byUser.GetOrAdd(userId, _ => new()).TryAdd(id, end);
        return new Registration(() => byUser.GetValueOrDefault(userId)?.TryRemove(id, out _));
    }

    public async Task EndAsync(long userId)
    {
        if (byUser.TryRemove(userId, out var sessions))
        {
            foreach (var end in sessions.Values)
            {
                await end();
            }
        }
    }

    public int Count(long userId) => byUser.TryGetValue(userId, out var sessions) ? sessions.Count : 0;

    private sealed class Registration(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

public sealed class EndLiveSessions(LiveSessions sessions) : IDomainEventHandler<UserSessionsEnded>
{
    public Task HandleAsync(UserSessionsEnded domainEvent, DomainEventContext context, CancellationToken cancellationToken) =>
        sessions.EndAsync(domainEvent.UserId);
}
