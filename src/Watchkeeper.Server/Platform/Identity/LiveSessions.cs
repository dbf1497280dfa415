using System.Collections.Concurrent;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>The live UI connections of this node, by user and session, so they can be closed when sessions end.</summary>
public sealed class LiveSessions
{
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<Guid, Connection>> byUser = new();

    public IDisposable Register(long userId, Guid? sessionId, Func<Task> end)
    {
        var id = Guid.NewGuid();
        byUser.GetOrAdd(userId, _ => new()).TryAdd(id, new Connection(sessionId, end));
        return new Registration(() => byUser.GetValueOrDefault(userId)?.TryRemove(id, out _));
    }

    /// <summary>Closes the user's connections of the given sessions, or all of them when none are given.</summary>
    public async Task EndAsync(long userId, IReadOnlyCollection<Guid>? sessionIds = null)
    {
        if (!byUser.TryGetValue(userId, out var connections))
        {
            return;
        }
        foreach (var (id, connection) in connections)
        {
            var ends = sessionIds is null || (connection.SessionId is { } session && sessionIds.Contains(session));
            if (ends && connections.TryRemove(id, out _))
            {
                await connection.End();
            }
        }
    }

    public int Count(long userId) => byUser.TryGetValue(userId, out var connections) ? connections.Count : 0;

    private sealed record Connection(Guid? SessionId, Func<Task> End);

    private sealed class Registration(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
