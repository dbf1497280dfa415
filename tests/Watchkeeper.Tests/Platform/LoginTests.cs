using System.Net;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class LoginTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task A_wrong_password_is_refused_and_audited()
    {
        var viewer = await factory.UserWithRoleAsync("Viewer");

        var response = await factory.CreateClient().SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", new { email = viewer.Email, password = "not the password" });

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Login failed", problem.Title);
        await factory.WithDbAsync(async db =>
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "login.failed" && e.ActorUserId == viewer.Id)));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var viewer = await factory.UserWithRoleAsync("Viewer");
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", new { email = viewer.Email, password = "wrong" });
        }

        var response = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", new { email = viewer.Email, password = viewer.Password });

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("locked", problem.Detail, StringComparison.OrdinalIgnoreCase);
        await factory.WithDbAsync(async db =>
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "login.locked_out" && e.ActorUserId == viewer.Id)));
    }

    [Fact]
    public async Task A_disabled_user_cannot_log_in_and_their_tokens_stop_working()
    {
        var admin = await factory.AdminAsync();
        var viewer = await factory.UserWithRoleAsync("Viewer");

        var disabled = await admin.Client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/users/{viewer.Id}", new { disabled = true });
        disabled.EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.Client.GetAsync("/api/v1/me")).StatusCode);
        var login = await factory.CreateClient().SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", new { email = viewer.Email, password = viewer.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task A_password_change_needs_the_current_password_and_replaces_the_old_one()
    {
        var viewer = await factory.UserWithRoleAsync("Viewer");
        const string next = "an entirely new passphrase";

        var wrong = await viewer.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/me/password", new { currentPassword = "guess", newPassword = next });
        var weak = await viewer.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/me/password", new { currentPassword = viewer.Password, newPassword = "short" });
        var changed = await viewer.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/me/password", new { currentPassword = viewer.Password, newPassword = next });

        Assert.Contains("currentPassword", (await wrong.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Contains("newPassword", (await weak.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var old = await factory.CreateClient().SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", new { email = viewer.Email, password = viewer.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await TestUser.LogInAsync(factory, viewer.Id, viewer.Email, next);
    }

    [Fact]
    public async Task Passwords_are_hashed_with_at_least_the_OWASP_iteration_count()
    {
        var viewer = await factory.UserWithRoleAsync("Viewer");

        await factory.WithDbAsync(async db =>
        {
            var hash = Convert.FromBase64String((await db.Users.SingleAsync(u => u.Id == viewer.Id)).PasswordHash!);
            // Identity v3 format: marker, PRF, iteration count (big-endian) …
            var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
            Assert.True(iterations >= 600_000, $"{iterations} iterations");
        });
    }
}

public sealed class LoginTestsOnSqlite(SqliteFactory f) : LoginTests(f), IClassFixture<SqliteFactory>;

public sealed class LoginTestsOnPostgres(PostgresFactory f) : LoginTests(f), IClassFixture<PostgresFactory>;
