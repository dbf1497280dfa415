using Microsoft.EntityFrameworkCore;
using Prometheus;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Hosting;

namespace Watchkeeper.Server.Monitoring;

/// <summary>
/// Each check's state and last response time on <c>/metrics</c>, read from the database when Prometheus scrapes,
/// so Grafana users can chart them next to everything else. A deleted or renamed check's old series go away on the
/// next scrape rather than freezing at their last value.
/// </summary>
public sealed class CheckMetrics(IServiceScopeFactory scopes) : IServerMetrics
{
    private static readonly string[] Labels = ["organization", "check_id", "check", "kind"];

    public void Register(MetricFactory factory, CollectorRegistry registry)
    {
        var state = factory.CreateGauge("watchkeeper_check_state",
            "What the board shows for the check: 0 up, 1 degraded, 2 down, 3 unknown, 4 unreachable, 5 paused, 6 maintenance.", Labels);
        var up = factory.CreateGauge("watchkeeper_check_up", "1 when the check's confirmed state is up or degraded (also inside maintenance), else 0.", Labels);
        var latency = factory.CreateGauge("watchkeeper_check_latency_seconds", "Time of the check's last run (for a ping the average round trip).", Labels);
        registry.AddBeforeCollectCallback(async cancel =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
            var rows = await (from c in db.Checks.AsNoTracking()
                              join o in db.Organizations.AsNoTracking() on c.OrganizationId equals o.Id
                              select new { o.Slug, c.Id, c.Name, c.Kind, c.Status!.State, c.Status.MaintenanceWindowId, c.Status.LastLatencyMs })
                .ToListAsync(cancel);
            var seen = new HashSet<string>();
            foreach (var row in rows)
            {
                string[] labels = [row.Slug, row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Name, row.Kind.ToString()];
                seen.Add(string.Join('\n', labels));
                state.WithLabels(labels).Set((int)(row.MaintenanceWindowId is null ? row.State : CheckState.Maintenance));
                up.WithLabels(labels).Set(row.State is CheckState.Up or CheckState.Degraded ? 1 : 0);
                latency.WithLabels(labels).Set(row.LastLatencyMs is { } ms ? ms / 1000 : double.NaN);
            }
            foreach (var gauge in new[] { state, up, latency })
            {
                foreach (var gone in gauge.GetAllLabelValues().Where(l => !seen.Contains(string.Join('\n', l))).ToList())
                {
                    gauge.RemoveLabelled(gone);
                }
            }
        });
    }
}
