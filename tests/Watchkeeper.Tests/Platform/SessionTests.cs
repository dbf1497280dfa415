using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

/// <summary>Role changes, disabling and "end sessions" reach live UI connections through the outbox at once.</summary>
public abstract class SessionTests(WatchkeeperFactory factory)
{
    [Theory]
    [InlineData("role change")]
    [InlineData("disable")]
    [InlineData("end sessions")]
    public async Task Ending_sessions_closes_live_connections_and_renews_the_security_stamp(string how)
    {
        var admin = await factory.AdminAsync();
        var user = await factory.UserWithRoleAsync("IT Operator");
        var ended = new TaskCompletionSource();
        using var live = factory.Services.GetRequiredService<LiveSessions>().Register(user.Id, null, () =>
        {
            ended.TrySetResult();
            return Task.CompletedTask;
        });
        var stamp = await StampAsync(user.Id);
        var viewer = (await admin.Client.GetJsonAsync<Page<RoleDto>>("/api/v1/roles")).Items.Single(r => r.Name == "Viewer");

        var response = how switch
        {
            "role change" => await admin.Client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/users/{user.Id}", new { roleId = viewer.Id }),
            "disable" => await admin.Client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/users/{user.Id}", new { disabled = true }),
            _ => await admin.Client.PostAsync($"/api/v1/users/{user.Id}/sessions/end", null),
        };

        response.EnsureSuccessStatusCode();
        await ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotEqual(stamp, await StampAsync(user.Id));
    }

    [Fact]
    public async Task Nobody_changes_their_own_role_or_disables_themselves()
    {
        var admin = await factory.AdminAsync();

        var response = await admin.Client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/users/{admin.Id}", new { disabled = true });

        Assert.Contains("disabled", (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }

    private Task<string?> StampAsync(long userId) =>
        factory.WithScopeAsync(s => s.GetRequiredService<Watchkeeper.Server.Data.WatchkeeperDb>().Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());
}

public sealed class SessionTestsOnSqlite(SqliteFactory f) : SessionTests(f), IClassFixture<SqliteFactory>;

public sealed class SessionTestsOnPostgres(PostgresFactory f) : SessionTests(f), IClassFixture<PostgresFactory>;
