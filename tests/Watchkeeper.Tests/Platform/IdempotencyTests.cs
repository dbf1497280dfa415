using System.Net;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class IdempotencyTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task A_retried_post_with_the_same_key_creates_once_and_answers_the_same()
    {
        var admin = await factory.AdminAsync();
        var name = $"Idempotent {Guid.NewGuid():N}";
        var key = Guid.NewGuid().ToString();

        var first = await Post(admin.Client, new { name }, key);
        var retry = await Post(admin.Client, new { name }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        await factory.WithDbAsync(async db => Assert.Equal(1, await db.Teams.CountAsync(t => t.Name == name)));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused()
    {
        var admin = await factory.AdminAsync();
        var key = Guid.NewGuid().ToString();
        await Post(admin.Client, new { name = $"One {Guid.NewGuid():N}" }, key);

        var other = await Post(admin.Client, new { name = $"Two {Guid.NewGuid():N}" }, key);

        await other.ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        var admin = await factory.AdminAsync();
        var manager = await factory.UserWithRoleAsync("Operations Manager");
        var key = Guid.NewGuid().ToString();

        var mine = await HttpJson.ReadAsync<TeamDto>(await Post(admin.Client, new { name = $"Mine {Guid.NewGuid():N}" }, key));
        var theirs = await HttpJson.ReadAsync<TeamDto>(await Post(manager.Client, new { name = $"Theirs {Guid.NewGuid():N}" }, key));

        Assert.NotEqual(mine.Id, theirs.Id);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, object body, string key) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/teams", body, r => r.Headers.Add("Idempotency-Key", key));
}

public sealed class IdempotencyTestsOnSqlite(SqliteFactory f) : IdempotencyTests(f), IClassFixture<SqliteFactory>;

public sealed class IdempotencyTestsOnPostgres(PostgresFactory f) : IdempotencyTests(f), IClassFixture<PostgresFactory>;
