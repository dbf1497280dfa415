using System.Text.Json;
using Watchkeeper.Server.Data.Cluster;
using Watchkeeper.Server.Data.Outbox;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>
/// The outbox delivers the event on one node; it becomes a cluster signal so that every node
/// closes its own live connections of the ended sessions.
/// </summary>
public sealed class EndLiveSessions(IClusterSignals signals) : IDomainEventHandler<UserSessionsEnded>
{
    public const string Channel = "wk_sessions_ended";

    public Task HandleAsync(UserSessionsEnded domainEvent, DomainEventContext context, CancellationToken cancellationToken) =>
        signals.SendAsync(Channel, JsonSerializer.Serialize(domainEvent, JsonSerializerOptions.Web), cancellationToken);
}

public sealed class SessionsEndedSignal(LiveSessions sessions) : IClusterSignalHandler
{
    public string Channel => EndLiveSessions.Channel;

    public Task HandleAsync(string payload, CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize<UserSessionsEnded>(payload, JsonSerializerOptions.Web) is { } ended
            ? sessions.EndAsync(ended.UserId, ended.SessionIds)
            : Task.CompletedTask;
}
