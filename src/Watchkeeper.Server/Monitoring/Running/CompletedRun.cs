using Watchkeeper.Server.Monitoring.Heartbeats;
using Watchkeeper.Server.Monitoring.Probes;

namespace Watchkeeper.Server.Monitoring.Running;

/// <summary>
/// A finished run on its way to the database: a probe's outcome; a heartbeat's deadline come (no outcome, no ping),
/// judged when written because a ping may have moved it meanwhile; or a ping that arrived, whose sender waits for
/// <paramref name="Saved"/> so that its answer means the ping is committed.
/// </summary>
public sealed record CompletedRun(long CheckId, DateTimeOffset StartedAt, ProbeOutcome? Outcome, HeartbeatPing? Ping = null, TaskCompletionSource? Saved = null)
{
    /// <summary>Started by the scheduler, which waits for it to be written before starting the check again.</summary>
    public bool Scheduled => Ping is null;
}

/// <summary>
/// The checks running or finished but not yet written. The scheduler skips them, so a check is never started again
/// before its last result (and with it its next run time) is saved.
/// </summary>
public sealed class ChecksInFlight
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, byte> ids = new();

    public int Count => ids.Count;

    public bool TryStart(long checkId) => ids.TryAdd(checkId, 0);

    public bool Contains(long checkId) => ids.ContainsKey(checkId);

    public void Done(long checkId) => ids.TryRemove(checkId, out _);
}
