using System.Net.Http.Headers;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>Each check's state and time on /metrics, for Grafana.</summary>
public abstract class CheckMetricsTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task Metrics_carry_each_checks_state_and_time_and_forget_a_deleted_check()
    {
        var client = (await factory.AdminAsync()).Client;
        var name = InventoryApi.Unique("db");
        var check = await client.CheckAsync(new { name, kind = "Tcp", intervalSeconds = 10, failuresBeforeDown = 1, tcp = new { host = "127.0.0.1", port = Testing.LoopbackPorts.FreeTcp() } });
        await client.WaitForAsync(check.Id, c => c.Status.State == CheckState.Down, "a closed port is down");
        var scraper = factory.WithWebHostBuilder(b => b.UseSetting("Metrics:Token", "scrape-secret")).CreateClient();
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "scrape-secret");
        var labels = $"{{organization=\"default\",check_id=\"{check.Id}\",check=\"{name}\",kind=\"Tcp\"}}";

        var down = await scraper.GetStringAsync("/metrics");
        (await client.DeleteAsync($"{CheckApi.Checks}/{check.Id}")).EnsureSuccessStatusCode();
        var deleted = await scraper.GetStringAsync("/metrics");

        Assert.Contains($"watchkeeper_check_state{labels} 2", down, StringComparison.Ordinal);
        Assert.Contains($"watchkeeper_check_up{labels} 0", down, StringComparison.Ordinal);
        Assert.Contains($"watchkeeper_check_latency_seconds{labels} ", down, StringComparison.Ordinal);
        Assert.DoesNotContain(labels, deleted, StringComparison.Ordinal);
    }
}

public sealed class CheckMetricsTestsOnSqlite(SqliteFactory f) : CheckMetricsTests(f), IClassFixture<SqliteFactory>;

public sealed class CheckMetricsTestsOnPostgres(PostgresFactory f) : CheckMetricsTests(f), IClassFixture<PostgresFactory>;
