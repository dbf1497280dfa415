using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Hosting;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class MetricsAndSchemaTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task Metrics_exist_only_behind_the_configured_token()
    {
        var withToken = factory.WithWebHostBuilder(b => b.UseSetting("Metrics:Token", "scrape-secret"));
        var client = withToken.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/metrics")).StatusCode);
        await client.GetAsync("/api/v1/me");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "scrape-secret");
        var text = await client.GetStringAsync("/metrics");

        Assert.Contains("watchkeeper_database_up 1", text, StringComparison.Ordinal);
        Assert.Contains("watchkeeper_outbox_pending_events", text, StringComparison.Ordinal);
        Assert.Contains("watchkeeper_outbox_oldest_pending_age_seconds", text, StringComparison.Ordinal);
        Assert.Contains("http_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_written_by_a_newer_version_is_refused_with_a_clear_message()
    {
        await factory.AdminAsync();
        const string future = "99991231000000_FromTheFuture";
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({future}, '99.0.0')"));
        try
        {
            var refused = await Assert.ThrowsAsync<NewerSchemaException>(() =>
                factory.WithScopeAsync(async s =>
                {
                    await s.GetRequiredService<SchemaGuard>().MigrateAsync();
                    return 0;
                }));
            Assert.Contains("newer version of Watchkeeper", refused.Message, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.CreateClient().GetAsync("/readyz")).StatusCode);
            Assert.Equal(3, await ServerCommands.RunAsync(["migrate", .. factory.CommandSettings]));
        }
        finally
        {
            await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {future}"));
        }
    }

    /// <summary>The server skips EF's own check at start (DataModule.Configure); this keeps its guarantee.</summary>
    [Fact]
    public async Task The_migrations_match_the_model()
    {
        var pending = await factory.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<WatchkeeperDb>().Database.HasPendingModelChanges()));
        Assert.False(pending, "The model has changes that no migration has: add a migration for both providers.");
    }
}

public sealed class MetricsAndSchemaTestsOnSqlite(SqliteFactory f) : MetricsAndSchemaTests(f), IClassFixture<SqliteFactory>;

public sealed class MetricsAndSchemaTestsOnPostgres(PostgresFactory f) : MetricsAndSchemaTests(f), IClassFixture<PostgresFactory>;
