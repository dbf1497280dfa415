using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Data.Cluster;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Server.Platform.Secrets;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

/// <summary>Two nodes on one PostgreSQL database, each with its own data directory, behave as one server.</summary>
public sealed class ClusterTests(PostgresFactory nodeA) : IClassFixture<PostgresFactory>, IAsyncLifetime
{
    private readonly SecondNode nodeB = new(nodeA);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => ((IAsyncLifetime)nodeB).DisposeAsync();

    [Fact]
    public async Task A_cookie_issued_by_one_node_is_accepted_by_the_other()
    {
        var user = await nodeA.UserWithRoleAsync("Viewer");

        var browser = await BrowserLogin.SignInAsync(nodeA, user.Email, user.Password);

        var me = await browser.On(nodeB).GetJsonAsync<WhoAmIDto>("/api/v1/me");
        Assert.Equal(user.Id, me.UserId);
    }

    [Fact]
    public async Task A_secret_stored_through_one_node_is_read_through_the_other()
    {
        await nodeA.AdminAsync();
        await nodeA.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<SecretStore>().SetAsync(1, "cluster.secret", "shared value");
            return await s.GetRequiredService<WatchkeeperDb>().SaveChangesAsync();
        });

        var read = await nodeB.WithScopeAsync(s => s.GetRequiredService<SecretStore>().GetAsync(1, "cluster.secret"));

        Assert.Equal("shared value", read);
    }

    [Fact]
    public async Task A_session_ended_through_one_node_closes_its_live_page_on_the_other_at_once()
    {
        var user = await nodeA.UserWithRoleAsync("Viewer");
        var browser = await BrowserLogin.SignInAsync(nodeB, user.Email, user.Password);
        var session = (await browser.On(nodeB).GetJsonAsync<Page<SessionDto>>("/api/v1/me/sessions")).Items.Single(s => s.Current);
        var closed = new TaskCompletionSource();
        using var livePage = nodeB.Services.GetRequiredService<LiveSessions>().Register(user.Id, session.Id, () =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        });
        await nodeB.Services.GetServices<IHostedService>().OfType<PostgresSignalListener>().Single().Listening.WaitAsync(TimeSpan.FromSeconds(10));

        (await user.Client.DeleteAsync($"/api/v1/me/sessions/{session.Id}")).EnsureSuccessStatusCode();

        // Well inside the 30-second revalidation backstop: the signal, not the poll, closed it.
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.On(nodeB).GetAsync("/api/v1/me")).StatusCode);
    }

    /// <summary>Another server on the first one's database, with a data directory (and so a key folder) of its own.</summary>
    private sealed class SecondNode(PostgresFactory first) : WatchkeeperFactory
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        protected override IEnumerable<KeyValuePair<string, string>> DatabaseSettings =>
            [new("Database:Provider", "Postgres"), new("Database:ConnectionString", first.ConnectionString)];
    }
}
