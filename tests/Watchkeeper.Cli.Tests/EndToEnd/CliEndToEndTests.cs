namespace Watchkeeper.Cli.Tests.EndToEnd;

/// <summary>
/// <c>wk</c> against the real server, the way an operator uses it. Every test runs against both
/// database providers through the subclasses below; tests share the server, so each makes its own users.
/// </summary>
public abstract partial class CliEndToEndTests(CliServer server)
{
    protected const string Password = "a long enough password";

    protected CliServer Server => server;

    protected static string NewEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}"[..(who.Length + 9)] + "@example.com";

    /// <summary>Creates a user through <c>wk users create</c> and returns their e-mail address.</summary>
    protected async Task<string> CreateUserAsync(string role = "Viewer")
    {
        using var admin = server.AsAdmin();
        var email = NewEmail();
        (await admin.RunAsync("users", "create", email, "--name", "Test User", "--role", role, "--password", Password)).Ok();
        return email;
    }

    /// <summary>A <c>wk</c> logged in as <paramref name="email"/> through <c>wk login</c>, with the password typed at the prompt.</summary>
    protected async Task<Wk> LoginAsync(string email, string password = Password)
    {
        var wk = CliServer.Anonymous();
        wk.Answers.Enqueue(password);
        (await wk.RunAsync("login", server.Url, "--email", email)).Ok();
        return wk;
    }
}

public sealed class SqliteCliTests(SqliteCliServer server) : CliEndToEndTests(server), IClassFixture<SqliteCliServer>;

public sealed class PostgresCliTests(PostgresCliServer server) : CliEndToEndTests(server), IClassFixture<PostgresCliServer>;
