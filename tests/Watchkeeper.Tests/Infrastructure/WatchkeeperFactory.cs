using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Data.Outbox;
using Watchkeeper.Server.Platform.Setup;
using Watchkeeper.Testing;

namespace Watchkeeper.Tests.Infrastructure;

/// <summary>
/// The whole server in-process — real DI, real database, real HTTP pipeline — on one of the two
/// database providers. Every integration test class runs once per provider.
/// </summary>
public abstract class WatchkeeperFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "correct horse battery staple";
    private readonly SemaphoreSlim adminGate = new(1, 1);
    private TestUser? admin;

    public abstract DatabaseProvider Provider { get; }

    protected virtual int LoginAttemptsPerMinute => 10_000;

    protected string DataDirectory { get; } = Directory.CreateTempSubdirectory("watchkeeper-tests-").FullName;

    protected abstract IEnumerable<KeyValuePair<string, string>> DatabaseSettings { get; }

    /// <summary>The options that point a server command (<c>audit verify</c>, <c>migrate</c>) at this server's database.</summary>
    public string[] CommandSettings => ["--data-dir", DataDirectory, .. DatabaseSettings.SelectMany(s => new[] { SwitchFor(s.Key), s.Value })];

    private static string SwitchFor(string key) =>
        Watchkeeper.Server.Hosting.WatchkeeperApp.SwitchMappings.Single(m => m.Value == key).Key;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DisposeDatabaseAsync();
        adminGate.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned later.
        }
    }

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataDirectory", DataDirectory);
        // Every test client shares one address; the limiter itself is tested with a low limit on its own.
        builder.UseSetting("Security:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Discovery tests probe listeners and snmpd on loopback, which production servers refuse.
        builder.UseSetting("Discovery:AllowLoopback", "true");
        // Likewise the checks of the monitoring tests, whose targets listen on loopback.
        builder.UseSetting("Monitoring:AllowLoopback", "true");
        // Certificate checks trust the authority that issues the test targets' certificates, as a site trusts its internal CA.
        builder.UseSetting("Monitoring:TrustedCertificatesFile", TestCertificates.AuthorityFile);
        foreach (var (key, value) in DatabaseSettings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddDomainEventHandler<Platform.ProbeEvent, Platform.ProbeHandler>());
    }

    /// <summary>A service from a fresh scope, for arranging and inspecting state directly.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<WatchkeeperDb, Task> work) => WithScopeAsync(async s =>
    {
        await work(s.GetRequiredService<WatchkeeperDb>());
        return 0;
    });

    /// <summary>The first administrator, created once through the setup link as a new install would.</summary>
    public async Task<TestUser> AdminAsync()
    {
        await adminGate.WaitAsync();
        try
        {
            if (admin is null)
            {
                var link = await WithScopeAsync(s => s.GetRequiredService<SetupService>().CreateLinkAsync());
                var token = Uri.UnescapeDataString(link.Split("token=")[1]);
                var client = CreateClient();
                var created = await client.PostJsonAsync<Contracts.UserRef>("/api/v1/setup",
                    new { token, email = "admin@example.com", displayName = "Ada Admin", password = AdminPassword });
                admin = await TestUser.LogInAsync(this, created.Id, created.Email, AdminPassword);
            }
            return admin;
        }
        finally
        {
            adminGate.Release();
        }
    }
}

public class SqliteFactory : WatchkeeperFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override IEnumerable<KeyValuePair<string, string>> DatabaseSettings => [new("Database:Provider", "Sqlite")];
}

public sealed class PostgresFactory : WatchkeeperFactory
{
    private TestPostgres? database;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string ConnectionString => database?.ConnectionString ?? throw new InvalidOperationException("Not initialized.");

    protected override IEnumerable<KeyValuePair<string, string>> DatabaseSettings =>
        [new("Database:Provider", "Postgres"), new("Database:ConnectionString", ConnectionString)];

    public override async Task InitializeAsync() => database = await TestPostgres.CreateAsync();

    protected override async Task DisposeDatabaseAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
