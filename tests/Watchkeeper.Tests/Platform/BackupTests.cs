using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Testing;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

/// <summary>
/// The real executable: a backup taken while the server keeps writing restores into an empty
/// data directory (or database) and comes up with everything committed before the backup began.
/// </summary>
public sealed class BackupTests
{
    private const string Password = "backup test password";

    [Fact]
    public Task Sqlite_backup_taken_under_load_restores_into_an_empty_data_directory() => RoundTripAsync(null, null);

    [Fact]
    public async Task Postgres_backup_taken_under_load_restores_into_an_empty_database()
    {
        await using var source = await TestPostgres.CreateAsync();
        await using var target = await TestPostgres.CreateAsync();
        await RoundTripAsync(source.ConnectionString, target.ConnectionString);
    }

    private static async Task RoundTripAsync(string? sourceDatabase, string? targetDatabase)
    {
        var backup = Path.Combine(Path.GetTempPath(), $"watchkeeper-{Guid.NewGuid():N}.zip");
        var restoredDirectory = Directory.CreateTempSubdirectory("watchkeeper-restored-").FullName;
        try
        {
            int committedBeforeBackup, committedInAll;
            // A browser's antiforgery cookie and token are protected with the key ring: accepted after
            // the restore only if the backup carried the keys (a folder on SQLite, a table on PostgreSQL).
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new(), AllowAutoRedirect = false });
            string antiforgery;
            await using (var server = await ServerProcess.StartAsync(sourceDatabase))
            {
                var client = await SignInAsync(server, setup: true);
                antiforgery = LoginForm.AntiforgeryToken(await browser.GetStringAsync(new Uri(server.BaseUrl, "/login")));
                using var load = new CancellationTokenSource();
                var written = 0;
                var writer = Task.Run(async () =>
                {
                    while (!load.IsCancellationRequested)
                    {
                        var response = await client.PostAsync("/api/v1/teams", Json(new { name = $"Load {Guid.NewGuid():N}" }), CancellationToken.None);
                        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                        Interlocked.Increment(ref written);
                    }
                });
                // A writer that failed ends the wait with its own error instead of a timeout.
                await Eventually.TrueAsync(() => writer.IsFaulted ? Task.FromException<bool>(writer.Exception!.InnerException!) : Task.FromResult(Volatile.Read(ref written) >= 10), TimeSpan.FromSeconds(90));
                committedBeforeBackup = Volatile.Read(ref written);

                var result = await ServerCommand.RunAsync(["backup", "--out", backup, .. Settings(server.DataDirectory, sourceDatabase)]);

                await load.CancelAsync();
                await writer;
                committedInAll = written;
                Assert.True(result.ExitCode == 0, result.Output);
            }

            var restored = await ServerCommand.RunAsync(["restore", backup, .. Settings(restoredDirectory, targetDatabase)]);
            Assert.True(restored.ExitCode == 0, restored.Output);
            var again = await ServerCommand.RunAsync(["restore", backup, .. Settings(restoredDirectory, targetDatabase)]);
            Assert.NotEqual(0, again.ExitCode);
            Assert.Contains("empty", again.Output, StringComparison.Ordinal);

            await using var restoredServer = await ServerProcess.StartAsync(targetDatabase, restoredDirectory);
            var restoredClient = await SignInAsync(restoredServer, setup: false);
            var teams = 0;
            string? cursor = null;
            do
            {
                var page = await restoredClient.GetJsonAsync<Page<TeamDto>>($"/api/v1/teams?limit=500{(cursor is null ? "" : $"&cursor={cursor}")}");
                teams += page.Items.Count;
                cursor = page.NextCursor;
            }
            while (cursor is not null);
            Assert.InRange(teams, committedBeforeBackup, committedInAll);
            Assert.True((await restoredClient.GetJsonAsync<AuditVerificationDto>("/api/v1/audit/verify")).Valid);
            var signIn = await browser.PostAsync(new Uri(restoredServer.BaseUrl, "/login"),
                new FormUrlEncodedContent(LoginForm.Fields(antiforgery, "admin@example.com", Password)));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        finally
        {
            File.Delete(backup);
            Directory.Delete(restoredDirectory, recursive: true);
        }
    }

    private static string[] Settings(string dataDirectory, string? database) => database is null
        ? ["--data-dir", dataDirectory]
        : ["--data-dir", dataDirectory, "--database", "postgres", "--connection-string", database];

    private static async Task<HttpClient> SignInAsync(ServerProcess server, bool setup)
    {
        var client = server.CreateClient();
        if (setup)
        {
            var token = Uri.UnescapeDataString((await server.SetupLinkAsync()).Split("token=")[1]);
            await client.PostJsonAsync<UserRef>("/api/v1/setup", new { token, email = "admin@example.com", displayName = "Admin", password = Password });
        }
        var created = await client.PostJsonAsync<CreatedTokenDto>("/api/v1/auth/token", new { email = "admin@example.com", password = Password });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", created.Secret);
        return client;
    }

    private static StringContent Json(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
