using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class OrganizationIsolationTests(WatchkeeperFactory factory)
{
    /// <summary>An MSP's second client, created by the instance administrator, with a token that acts there.</summary>
    private async Task<(OrganizationDto Organization, HttpClient Admin)> SecondOrganizationAsync()
    {
        var admin = await factory.AdminAsync();
        var slug = $"client-{Guid.NewGuid():N}"[..20];
        var organization = await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Client B", slug }, HttpStatusCode.Created);
        var there = await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug);
        return (organization, there.Client);
    }

    [Fact]
    public async Task A_member_of_one_organization_sees_nothing_of_another()
    {
        var (other, otherAdmin) = await SecondOrganizationAsync();
        var team = await otherAdmin.PostJsonAsync<TeamDto>("/api/v1/teams", new { name = "Client B network" }, HttpStatusCode.Created);
        var viewer = await factory.UserWithRoleAsync("Viewer");

        var teams = await viewer.Client.GetJsonAsync<Page<TeamDto>>("/api/v1/teams");
        var direct = await viewer.Client.GetAsync($"/api/v1/teams/{team.Id}");
        var asOther = await viewer.Client.SendJsonAsync(HttpMethod.Get, "/api/v1/teams", configure: r => r.Headers.Add("X-Watchkeeper-Organization", other.Slug));

        Assert.DoesNotContain(teams.Items, t => t.Id == team.Id);
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asOther.StatusCode);
    }

    [Fact]
    public async Task A_token_stays_in_its_own_organization()
    {
        var (other, otherAdmin) = await SecondOrganizationAsync();
        var admin = await factory.AdminAsync();

        var me = await otherAdmin.GetJsonAsync<WhoAmIDto>("/api/v1/me");
        var crossing = await admin.Client.SendJsonAsync(HttpMethod.Get, "/api/v1/users", configure: r => r.Headers.Add("X-Watchkeeper-Organization", other.Slug));

        Assert.Equal(other.Id, me.Organization.Id);
        Assert.Single(me.Organizations);
        Assert.Equal(HttpStatusCode.Forbidden, crossing.StatusCode);
    }

    [Fact]
    public async Task Only_instance_administrators_create_organizations()
    {
        var organizationAdmin = await factory.UserWithRoleAsync("Administrator");

        var refused = await organizationAdmin.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/organizations", new { name = "Y", slug = "y-org" });
        var (_, otherAdmin) = await SecondOrganizationAsync();
        var taken = await otherAdmin.SendJsonAsync(HttpMethod.Post, "/api/v1/organizations", new { name = "Default again", slug = "default" });

        await refused.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("slug", (await taken.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }
}

public sealed class OrganizationIsolationTestsOnSqlite(SqliteFactory f) : OrganizationIsolationTests(f), IClassFixture<SqliteFactory>;

public sealed class OrganizationIsolationTestsOnPostgres(PostgresFactory f) : OrganizationIsolationTests(f), IClassFixture<PostgresFactory>;
