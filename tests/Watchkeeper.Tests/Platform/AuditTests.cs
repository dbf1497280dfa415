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

    [Fact]
    public async Task A_new_organization_and_its_first_membership_are_audited_in_that_organization()
    {
        var admin = await factory.AdminAsync();
        var slug = $"audited-{Guid.NewGuid():N}"[..20];
        var organization = await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Audited client", slug }, HttpStatusCode.Created);

        var id = organization.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = new List<(string Action, long? OrganizationId)>();
        await factory.WithDbAsync(async db => entries.AddRange((await db.AuditEntries
            .Where(e => (e.Action == "organization.created" && e.ObjectId == id) || (e.Action == "membership.created" && e.OrganizationId == organization.Id))
            .ToListAsync()).Select(e => (e.Action, e.OrganizationId))));

        Assert.Equal(["membership.created", "organization.created"], entries.Select(e => e.Action).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(organization.Id, e.OrganizationId));
    }

    [Fact]
    public async Task Pages_of_the_log_follow_each_other_without_gaps_or_repeats()
    {
        var admin = await factory.AdminAsync();
        for (var i = 0; i < 3; i++)
        {
            await admin.Client.PostJsonAsync<TeamDto>("/api/v1/teams", new { name = $"Paged {Guid.NewGuid():N}" }, HttpStatusCode.Created);
        }
        var whole = await admin.Client.GetJsonAsync<Page<AuditEntryDto>>("/api/v1/audit?limit=500");

        var walked = new List<long>();
        var page = await admin.Client.GetJsonAsync<Page<AuditEntryDto>>("/api/v1/audit?limit=2");
        walked.AddRange(page.Items.Select(e => e.Sequence));
        while (page.NextCursor is { } cursor)
        {
            page = await admin.Client.GetJsonAsync<Page<AuditEntryDto>>($"/api/v1/audit?limit=2&cursor={cursor}");
            walked.AddRange(page.Items.Select(e => e.Sequence));
        }

        Assert.Contains(whole.Items, e => e.OrganizationId is null);
        Assert.Equal(whole.Items.Select(e => e.Sequence), walked);
        Assert.Equal(walked.OrderDescending(), walked);
    }
}

public sealed class AuditTestsOnSqlite(SqliteFactory f) : AuditTests(f), IClassFixture<SqliteFactory>;

public sealed class AuditTestsOnPostgres(PostgresFactory f) : AuditTests(f), IClassFixture<PostgresFactory>;
