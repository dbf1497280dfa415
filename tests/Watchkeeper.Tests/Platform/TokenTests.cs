using System.Net;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class TokenTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task A_token_carries_only_the_permissions_asked_for_and_is_stored_as_a_hash()
    {
        var admin = await factory.AdminAsync();

        var created = await admin.Client.PostJsonAsync<CreatedTokenDto>("/api/v1/tokens",
            new { name = "read users", permissions = new[] { Permissions.UsersRead } }, HttpStatusCode.Created);
        var client = factory.ClientWithToken(created.Secret);

        var me = await client.GetJsonAsync<WhoAmIDto>("/api/v1/me");
        Assert.Equal([Permissions.UsersRead], me.Permissions);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/teams")).StatusCode);
        Assert.StartsWith(created.Token.Prefix, created.Secret, StringComparison.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.ApiTokens.SingleAsync(t => t.Id == created.Token.Id);
            Assert.DoesNotContain(created.Secret, stored.SecretHash, StringComparison.Ordinal);
            Assert.Equal(64, stored.SecretHash.Length);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "token.first_used" && e.ObjectId == created.Token.Id.ToString()));
        });
    }

    [Fact]
    public async Task A_token_cannot_carry_more_than_its_creator_holds()
    {
        var viewer = await factory.UserWithRoleAsync("Viewer");

        var response = await viewer.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/tokens", new { name = "sneaky", permissions = new[] { Permissions.UsersManage } });
        var service = await viewer.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/tokens", new { name = "robot", kind = "Service" });

        Assert.Contains("permissions", (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        await service.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_revoked_or_expired_token_is_refused()
    {
        var admin = await factory.AdminAsync();
        var first = await admin.Client.PostJsonAsync<CreatedTokenDto>("/api/v1/tokens", new { name = "to revoke" }, HttpStatusCode.Created);
        var second = await admin.Client.PostJsonAsync<CreatedTokenDto>("/api/v1/tokens", new { name = "to expire", expiresInDays = 1 }, HttpStatusCode.Created);

        (await admin.Client.DeleteAsync($"/api/v1/tokens/{first.Token.Id}")).EnsureSuccessStatusCode();
        await factory.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == second.Token.Id)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientWithToken(first.Secret).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientWithToken(second.Secret).GetAsync("/api/v1/me")).StatusCode);
        var listed = await admin.Client.GetJsonAsync<Page<TokenDto>>("/api/v1/tokens?includeRevoked=true");
        Assert.NotNull(listed.Items.Single(t => t.Id == first.Token.Id).RevokedAt);
    }

    [Fact]
    public async Task Service_tokens_act_as_themselves_and_outlive_no_one()
    {
        var admin = await factory.AdminAsync();

        var created = await admin.Client.PostJsonAsync<CreatedTokenDto>("/api/v1/tokens",
            new { name = "inventory sync", kind = "Service", permissions = new[] { Permissions.TeamsRead } }, HttpStatusCode.Created);
        var me = await factory.ClientWithToken(created.Secret).GetJsonAsync<WhoAmIDto>("/api/v1/me");

        Assert.Null(me.Role);
        Assert.Equal("token:inventory sync", me.DisplayName);
        Assert.Equal([Permissions.TeamsRead], me.Permissions);
    }

    [Fact]
    public async Task A_personal_token_loses_what_its_owner_loses()
    {
        var admin = await factory.AdminAsync();
        var manager = await factory.UserWithRoleAsync("Operations Manager");
        Assert.Equal(HttpStatusCode.OK, (await manager.Client.GetAsync("/api/v1/audit")).StatusCode);
        var viewerRole = (await admin.Client.GetJsonAsync<Page<RoleDto>>("/api/v1/roles")).Items.Single(r => r.Name == "Viewer");

        (await admin.Client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/users/{manager.Id}", new { roleId = viewerRole.Id })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Client.GetAsync("/api/v1/audit")).StatusCode);
    }
}

public sealed class TokenTestsOnSqlite(SqliteFactory f) : TokenTests(f), IClassFixture<SqliteFactory>;

public sealed class TokenTestsOnPostgres(PostgresFactory f) : TokenTests(f), IClassFixture<PostgresFactory>;
