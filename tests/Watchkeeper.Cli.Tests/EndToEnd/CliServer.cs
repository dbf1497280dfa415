using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;
using Watchkeeper.Testing;

namespace Watchkeeper.Cli.Tests.EndToEnd;

/// <summary>
/// One real server per database provider, shared by a test class: set up with an administrator
/// whose token the tests use unless they log in themselves.
/// </summary>
public abstract class CliServer : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "correct horse battery staple";

    // Tests log in many times from one address, and password hashing at production strength
    // would dominate their run time; neither limit is what these tests are about.
    private static readonly Dictionary<string, string> TestSettings = new()
    {
        ["WATCHKEEPER_SECURITY__LOGINATTEMPTSPERMINUTE"] = "1000",
        ["WATCHKEEPER_SECURITY__PASSWORDITERATIONS"] = "1000",
        ["WATCHKEEPER_DISCOVERY__ALLOWLOOPBACK"] = "true",
        // The checks' targets are small servers the tests start on loopback.
        ["WATCHKEEPER_MONITORING__ALLOWLOOPBACK"] = "true",
    };

    public ServerProcess Server { get; private set; } = null!;

    public string AdminToken { get; private set; } = null!;

    public string Url => Server.BaseUrl.AbsoluteUri;

    public async Task InitializeAsync()
    {
        Server = await ServerProcess.StartAsync(await ConnectionStringAsync(), environment: TestSettings);
        var link = new Uri(await Server.SetupLinkAsync());
        var secret = Uri.UnescapeDataString(link.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("token=", StringComparison.Ordinal))["token=".Length..]);
        using var http = Server.CreateClient();
        var client = new WatchkeeperClient(http, Server.BaseUrl);
        await client.CompleteSetupAsync(new CompleteSetupRequest(secret, AdminEmail, "Ada Admin", AdminPassword));
        AdminToken = (await client.LoginAsync(new LoginTokenRequest(AdminEmail, AdminPassword, TokenName: "tests"))).Secret;
    }

    /// <summary>A <c>wk</c> with no login.</summary>
    public static Wk Anonymous() => new();

    /// <summary>A <c>wk</c> acting as the administrator through WK_SERVER and WK_TOKEN.</summary>
    public Wk AsAdmin()
    {
        var wk = new Wk();
        wk.Environment["WK_SERVER"] = Url;
        wk.Environment["WK_TOKEN"] = AdminToken;
        return wk;
    }

    public virtual async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    protected abstract Task<string?> ConnectionStringAsync();
}

public sealed class SqliteCliServer : CliServer
{
    protected override Task<string?> ConnectionStringAsync() => Task.FromResult<string?>(null);
}

public sealed class PostgresCliServer : CliServer
{
    private TestPostgres? database;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>Without WATCHKEEPER_TEST_POSTGRES this throws TestPostgres's message, failing every test of the class.</summary>
    protected override async Task<string?> ConnectionStringAsync()
    {
        database = await TestPostgres.CreateAsync();
        return database.ConnectionString;
    }
}
