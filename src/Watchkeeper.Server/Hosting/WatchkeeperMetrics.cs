using Microsoft.EntityFrameworkCore;
using Prometheus;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Hosting;

/// <summary>
/// The server's own series, gathered when Prometheus scrapes: database reachability and
/// round-trip time, outbox depth and the age of its oldest undelivered event; modules add theirs
/// (<see cref="IServerMetrics"/>). Each server instance has its own registry so that several can
/// share a process (as tests do).
/// </summary>
public sealed class WatchkeeperMetrics(IServiceScopeFactory scopes, IEnumerable<IServerMetrics> modules, TimeProvider clock)
{
    public CollectorRegistry Registry { get; } = Prometheus.Metrics.NewCustomRegistry();

    public void Register()
    {
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        var info = factory.CreateGauge("watchkeeper_build_info", "Version of the running server.", "version");
        info.WithLabels(ServerVersion.Current).Set(1);
        var databaseUp = factory.CreateGauge("watchkeeper_database_up", "1 when the database answered the last scrape's probe.");
        var databaseLatency = factory.CreateGauge("watchkeeper_database_probe_seconds", "Round-trip time of a trivial database query.");
        var outboxDepth = factory.CreateGauge("watchkeeper_outbox_pending_events", "Domain events not yet delivered.");
        var outboxFailed = factory.CreateGauge("watchkeeper_outbox_failed_events", "Domain events whose retries ran out.");
        var outboxAge = factory.CreateGauge("watchkeeper_outbox_oldest_pending_age_seconds", "Age of the oldest undelivered domain event.");
        var auditEntries = factory.CreateGauge("watchkeeper_audit_entries", "Entries in the audit log.");
        Registry.AddBeforeCollectCallback(async cancel =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
                var started = clock.GetTimestamp();
                var pending = await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.FailedAt == null, cancel);
                databaseLatency.Set(clock.GetElapsedTime(started).TotalSeconds);
                databaseUp.Set(1);
                outboxDepth.Set(pending);
                outboxFailed.Set(await db.OutboxMessages.CountAsync(m => m.FailedAt != null, cancel));
                var oldest = await db.OutboxMessages.Where(m => m.ProcessedAt == null && m.FailedAt == null)
                    .OrderBy(m => m.Id).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancel);
                outboxAge.Set(oldest is null ? 0 : (clock.GetUtcNow() - oldest.Value).TotalSeconds);
                auditEntries.Set(await db.AuditChainHeads.Select(h => h.Sequence).SingleAsync(cancel));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                databaseUp.Set(0);
            }
        });
        foreach (var module in modules)
        {
            module.Register(factory, Registry);
        }
    }
}
