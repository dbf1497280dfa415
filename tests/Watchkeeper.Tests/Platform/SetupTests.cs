using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Server.Platform.Setup;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class SetupTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task A_new_install_has_one_organization_the_built_in_roles_and_no_users()
    {
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal("default", (await db.Organizations.SingleAsync()).Slug);
            var roles = await db.Roles.Where(r => r.BuiltIn).Select(r => r.Name).ToListAsync();
            Assert.Equal(BuiltInRoles.All.Select(r => r.Name).Order(), roles.Order());
        });
    }

    [Fact]
    public async Task The_setup_link_creates_an_instance_administrator_once()
    {
        var link = await factory.WithScopeAsync(s => s.GetRequiredService<SetupService>().CreateLinkAsync());
        var token = Uri.UnescapeDataString(link.Split("token=")[1]);
        var client = factory.CreateClient();
        var body = new { token, email = "first@example.com", displayName = "First Admin", password = "a long enough password" };

        var created = await client.PostJsonAsync<UserRef>("/api/v1/setup", body, HttpStatusCode.Created);
        var again = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/setup", body with { });

        var problem = await again.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("token", problem.Errors!.Keys);
        var user = await TestUser.LogInAsync(factory, created.Id, "first@example.com", "a long enough password");
        var me = await user.Client.GetJsonAsync<WhoAmIDto>("/api/v1/me");
        Assert.Equal(BuiltInRoles.Administrator, me.Role!.Name);
        await factory.WithDbAsync(async db => Assert.True((await db.Users.SingleAsync(u => u.Id == created.Id)).InstanceAdministrator));
    }

    [Fact]
    public async Task A_made_up_setup_token_is_refused_with_a_field_error()
    {
        var response = await factory.CreateClient().SendJsonAsync(HttpMethod.Post, "/api/v1/setup",
            new { token = "not-a-token", email = "x@example.com", displayName = "X", password = "a long enough password" });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("invalid", problem.Errors!["token"][0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_and_readiness_answer()
    {
        var client = factory.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}

public sealed class SetupTestsOnSqlite(SqliteFactory f) : SetupTests(f), IClassFixture<SqliteFactory>;

public sealed class SetupTestsOnPostgres(PostgresFactory f) : SetupTests(f), IClassFixture<PostgresFactory>;
