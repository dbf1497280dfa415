using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

/// <summary>Each browser sign-in is its own server-side session: signing out ends that one alone.</summary>
public abstract class MySessionsTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task Signing_out_ends_only_this_browsers_session_and_is_audited()
    {
        var user = await factory.UserWithRoleAsync("Viewer");
        var laptop = await BrowserLogin.SignInAsync(factory, user.Email, user.Password);
        var phone = await BrowserLogin.SignInAsync(factory, user.Email, user.Password);

        await laptop.SignOutAsync(factory);

        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.On(factory).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.On(factory).GetAsync("/api/v1/me")).StatusCode);
        var sessions = await phone.On(factory).GetJsonAsync<Page<SessionDto>>("/api/v1/me/sessions");
        Assert.True(Assert.Single(sessions.Items).Current);
        await factory.WithDbAsync(async db =>
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "session.ended" && e.ActorUserId == user.Id)));
    }

    [Fact]
    public async Task A_user_sees_their_sessions_and_signs_one_or_all_others_out()
    {
        var user = await factory.UserWithRoleAsync("Viewer");
        var laptop = await BrowserLogin.SignInAsync(factory, user.Email, user.Password);
        var phone = await BrowserLogin.SignInAsync(factory, user.Email, user.Password);
        var tablet = await BrowserLogin.SignInAsync(factory, user.Email, user.Password);

        var seenFromLaptop = await laptop.On(factory).GetJsonAsync<Page<SessionDto>>("/api/v1/me/sessions");
        Assert.Equal(3, seenFromLaptop.Items.Count);
        var phoneSession = (await phone.On(factory).GetJsonAsync<Page<SessionDto>>("/api/v1/me/sessions")).Items.Single(s => s.Current);

        (await laptop.On(factory).DeleteAsync($"/api/v1/me/sessions/{phoneSession.Id}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.On(factory).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tablet.On(factory).GetAsync("/api/v1/me")).StatusCode);

        (await laptop.On(factory).DeleteAsync("/api/v1/me/sessions")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await tablet.On(factory).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.On(factory).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_token_lists_the_users_browser_sessions_and_another_users_session_is_not_found()
    {
        var user = await factory.UserWithRoleAsync("Viewer");
        var other = await factory.UserWithRoleAsync("Viewer");
        await BrowserLogin.SignInAsync(factory, user.Email, user.Password);

        var sessions = await user.Client.GetJsonAsync<Page<SessionDto>>("/api/v1/me/sessions");
        var response = await other.Client.DeleteAsync($"/api/v1/me/sessions/{Assert.Single(sessions.Items).Id}");

        Assert.False(sessions.Items[0].Current);
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_password_change_still_ends_every_session()
    {
        var user = await factory.UserWithRoleAsync("Viewer");
        var laptop = await BrowserLogin.SignInAsync(factory, user.Email, user.Password);

        var changed = await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/me/password", new { currentPassword = user.Password, newPassword = "another long passphrase" });

        changed.EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.On(factory).GetAsync("/api/v1/me")).StatusCode);
        Assert.Empty((await user.Client.GetJsonAsync<Page<SessionDto>>("/api/v1/me/sessions")).Items);
    }

    [Fact]
    public async Task The_sweep_removes_idle_sessions_and_keeps_live_ones()
    {
        var user = await factory.UserWithRoleAsync("Viewer");
        var live = await BrowserLogin.SignInAsync(factory, user.Email, user.Password);
        var idle = Guid.NewGuid();
        await factory.WithDbAsync(async db =>
        {
            var longAgo = DateTimeOffset.UtcNow - UserSessions.IdleLimit - TimeSpan.FromMinutes(5);
            db.UserSessions.Add(new UserSession { Id = idle, UserId = user.Id, CreatedAt = longAgo, LastSeenAt = longAgo });
            await db.SaveChangesAsync();
        });

        await factory.WithScopeAsync(s => s.GetRequiredService<UserSessions>().DeleteIdleAsync(default));

        await factory.WithDbAsync(async db => Assert.False(await db.UserSessions.AnyAsync(s => s.Id == idle)));
        Assert.Equal(HttpStatusCode.OK, (await live.On(factory).GetAsync("/api/v1/me")).StatusCode);
    }
}

public sealed class MySessionsTestsOnSqlite(SqliteFactory f) : MySessionsTests(f), IClassFixture<SqliteFactory>;

public sealed class MySessionsTestsOnPostgres(PostgresFactory f) : MySessionsTests(f), IClassFixture<PostgresFactory>;
