using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class ConcurrencyTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task An_update_with_a_stale_etag_is_refused_with_412()
    {
        var admin = await factory.AdminAsync();
        var team = await admin.Client.PostJsonAsync<TeamDto>("/api/v1/teams", new { name = $"Etag {Guid.NewGuid():N}" }, HttpStatusCode.Created);
        var fetched = await admin.Client.GetAsync($"/api/v1/teams/{team.Id}");
        var etag = fetched.Headers.ETag!.Tag;

        var first = await Patch(admin.Client, team.Id, "first", etag);
        var second = await Patch(admin.Client, team.Id, "second", etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        await second.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await Patch(admin.Client, team.Id, "third", first.Headers.ETag.Tag)).StatusCode);
    }

    [Fact]
    public async Task Racing_updates_with_the_same_etag_let_exactly_one_through()
    {
        var admin = await factory.AdminAsync();
        var team = await admin.Client.PostJsonAsync<TeamDto>("/api/v1/teams", new { name = $"Race {Guid.NewGuid():N}" }, HttpStatusCode.Created);
        var etag = (await admin.Client.GetAsync($"/api/v1/teams/{team.Id}")).Headers.ETag!.Tag;

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Patch(admin.Client, team.Id, $"racer {i}", etag)));

        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
    }

    private static Task<HttpResponseMessage> Patch(HttpClient client, long id, string description, string etag) =>
        client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/teams/{id}", new { description }, r => r.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag)));
}

public sealed class ConcurrencyTestsOnSqlite(SqliteFactory f) : ConcurrencyTests(f), IClassFixture<SqliteFactory>;

public sealed class ConcurrencyTestsOnPostgres(PostgresFactory f) : ConcurrencyTests(f), IClassFixture<PostgresFactory>;
