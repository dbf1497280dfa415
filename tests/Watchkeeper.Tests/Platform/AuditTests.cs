using System.Net;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class AuditTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task Changes_are_recorded_with_actor_and_before_after_values()
    {
        var admin = await factory.AdminAsync();
        var team = await admin.Client.PostJsonAsync<TeamDto>("/api/v1/teams", new { name = "Audited" }, HttpStatusCode.Created);
        (await admin.Client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/teams/{team.Id}", new { name = "Audited twice" })).EnsureSuccessStatusCode();

        var entries = await admin.Client.GetJsonAsync<Page<AuditEntryDto>>($"/api/v1/audit?objectType=team&objectId={team.Id}");

        Assert.Equal(["team.updated", "team.created"], entries.Items.Select(e => e.Action));
        var update = entries.Items[0];
        Assert.Equal(new AuditChangeDto("Audited", "Audited twice"), update.Changes!["name"]);
        Assert.StartsWith("admin@example.com", update.Actor, StringComparison.Ordinal);
        Assert.Equal(admin.Id, (await admin.Client.GetJsonAsync<WhoAmIDto>("/api/v1/me")).UserId);
    }

    [Fact]
    public async Task A_denied_permission_is_a_security_event()
    {
        var viewer = await factory.UserWithRoleAsync("Viewer");
        await viewer.Client.GetAsync("/api/v1/audit");

        await factory.WithDbAsync(async db =>
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "permission.denied" && e.ActorUserId == viewer.Id && e.ObjectId!.Contains("/api/v1/audit"))));
    }

}

public sealed class AuditTestsOnSqlite(SqliteFactory f) : AuditTests(f), IClassFixture<SqliteFactory>;

public sealed class AuditTestsOnPostgres(PostgresFactory f) : AuditTests(f), IClassFixture<PostgresFactory>;
