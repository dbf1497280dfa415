using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>Checks through the API against real listeners: the scheduler runs them, the writer records them.</summary>
public abstract class CheckTests(WatchkeeperFactory factory) : IAsyncLifetime
{
    private WebTarget web = null!;

    public async Task InitializeAsync() => web = await WebTarget.StartAsync();

    public async Task DisposeAsync() => await web.DisposeAsync();

    [Fact]
    public async Task A_new_check_runs_at_once_and_its_result_state_and_item_are_shown()
    {
        var client = (await factory.AdminAsync()).Client;
        var device = await client.DeviceNamedAsync("web");
        var created = await client.CheckAsync(new { name = InventoryApi.Unique("shop"), kind = "Http", itemId = device.Id, intervalSeconds = 30, http = new { url = web.At("/health"), jsonPath = "$.status", jsonEquals = "ok" } });

        var up = await client.WaitForAsync(created.Id, c => c.Status.State == CheckState.Up, "the first run should bring the check up");
        var results = await client.GetJsonAsync<Page<CheckResultDto>>($"{CheckApi.Checks}/{created.Id}/results");
        var changes = await client.GetJsonAsync<Page<CheckStateChangeDto>>($"{CheckApi.Checks}/{created.Id}/changes");
        var byItem = await client.GetJsonAsync<Page<CheckDto>>($"{CheckApi.Checks}?itemId={device.Id}&state=Up");

        Assert.Equal((CheckState.Unknown, 30, 10, 2, 1), (created.Status.State, created.IntervalSeconds, created.TimeoutSeconds, created.FailuresBeforeDown, created.SuccessesBeforeUp));
        Assert.Equal(device.Id, up.Item!.Id);
        Assert.StartsWith("200 in ", up.Status.LastMessage, StringComparison.Ordinal);
        Assert.True(up.Status.NextRunAt > up.Status.LastRunAt && up.Status.NextRunAt <= up.Status.LastRunAt!.Value.AddSeconds(30));
        var result = results.Items[0];
        Assert.Equal(CheckState.Up, result.Result);
        Assert.Equal("200 OK", result.Evidence["status"]);
        Assert.Equal((CheckState.Unknown, CheckState.Up), (changes.Items[0].From, changes.Items[0].To));
        Assert.Equal(created.Id, Assert.Single(byItem.Items).Id);
    }

    [Fact]
    public async Task A_confirmed_failure_is_a_state_change_with_an_event_for_alerting()
    {
        var client = (await factory.AdminAsync()).Client;
        var closed = Testing.LoopbackPorts.FreeTcp();
        var created = await client.CheckAsync(new { name = InventoryApi.Unique("db"), kind = "Tcp", intervalSeconds = 10, failuresBeforeDown = 1, tcp = new { host = "127.0.0.1", port = closed } });

        var down = await client.WaitForAsync(created.Id, c => c.Status.State == CheckState.Down, "a closed port is down");

        Assert.Contains("Cannot connect", down.Status.LastMessage, StringComparison.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            var events = (await db.OutboxMessages.Where(m => m.Type == nameof(CheckStateChanged)).Select(m => m.Payload).ToListAsync())
                .Select(p => JsonSerializer.Deserialize<CheckStateChanged>(p, JsonSerializerOptions.Web)!).Where(e => e.CheckId == created.Id).ToList();
            var change = Assert.Single(events, e => e.To == CheckState.Down);
            Assert.Equal((CheckState.Unknown, created.Name), (change.From, change.CheckName));
            Assert.Contains("Cannot connect", change.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Pausing_stops_the_runs_and_is_on_the_record_and_resuming_starts_again_from_unknown()
    {
        var client = (await factory.AdminAsync()).Client;
        var created = await client.HttpCheckAsync(web.At("/health"));
        var up = await client.WaitForAsync(created.Id, c => c.Status.State == CheckState.Up, "it runs first");
        var request = new { name = up.Name, kind = "Http", http = new { url = web.At("/health") }, paused = true };

        var paused = await UpdateAsync(client, up, request);
        var resultsWhilePaused = (await client.GetJsonAsync<Page<CheckResultDto>>($"{CheckApi.Checks}/{created.Id}/results")).Items.Count;
        var resumed = await UpdateAsync(client, paused, request with { paused = false });
        await client.WaitForAsync(created.Id, c => c.Status.State == CheckState.Up, "a resumed check runs at once");
        var changes = await client.GetJsonAsync<Page<CheckStateChangeDto>>($"{CheckApi.Checks}/{created.Id}/changes");

        Assert.Equal((CheckState.Paused, null), (paused.Status.State, paused.Status.NextRunAt));
        Assert.Equal(CheckState.Unknown, resumed.Status.State);
        Assert.Equal(
            [(CheckState.Unknown, CheckState.Up), (CheckState.Paused, CheckState.Unknown), (CheckState.Up, CheckState.Paused), (CheckState.Unknown, CheckState.Up)],
            changes.Items.Select(c => (c.From, c.To)));
        Assert.True(resultsWhilePaused >= 1);
    }

    [Fact]
    public async Task Credentials_are_used_kept_encrypted_and_never_returned()
    {
        var client = (await factory.AdminAsync()).Client;
        var http = new { url = web.At("/secure"), bearerToken = (string?)"s3cret-token" };
        var created = await client.CheckAsync(new { name = InventoryApi.Unique("api"), kind = "Http", http });
        var up = await client.WaitForAsync(created.Id, c => c.Status.State == CheckState.Up, "the token is sent");

        var kept = await UpdateAsync(client, up, new { name = up.Name, kind = "Http", intervalSeconds = 20, http = http with { bearerToken = null } });
        var removed = await UpdateAsync(client, kept, new { name = up.Name, kind = "Http", http = http with { bearerToken = "" } });
        var raw = await client.GetStringAsync($"{CheckApi.Checks}/{created.Id}");

        Assert.True(created.HasCredentials);
        Assert.Null(created.Http!.BearerToken);
        Assert.True(kept.HasCredentials);
        Assert.False(removed.HasCredentials);
        Assert.DoesNotContain("s3cret", raw, StringComparison.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            Assert.DoesNotContain(await db.Checks.Select(c => c.Settings).ToListAsync(), s => s.Contains("s3cret-token", StringComparison.Ordinal));
            Assert.DoesNotContain(await db.Secrets.Select(s => s.Ciphertext).ToListAsync(), c => c.Contains("s3cret", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_on_its_field()
    {
        var client = (await factory.AdminAsync()).Client;
        var taken = await client.HttpCheckAsync(web.At("/health"));

        var noSettings = await Errors(client, new { name = "a", kind = "Http" });
        var both = await Errors(client, new { name = "b", kind = "Tcp", tcp = new { host = "db", port = 5432 }, http = new { url = "http://x" } });
        var badHttp = await Errors(client, new
        {
            name = taken.Name, kind = "Http", itemId = long.MaxValue, intervalSeconds = 10, timeoutSeconds = 10,
            http = new { url = "ftp://files", method = "BREW", expectedStatus = "200-99", bodyRegex = "(", jsonPath = "$..*", bearerToken = "t", basicUser = "u" },
        });
        var badTcp = await Errors(client, new { name = "c", kind = "Tcp", intervalSeconds = 5, tcp = new { host = "bad host!", port = 70000 } });

        Assert.Contains("needs its 'http' settings", noSettings["http"][0], StringComparison.Ordinal);
        Assert.Contains("takes no 'http' settings", both["http"][0], StringComparison.Ordinal);
        Assert.Equal(
            ["http.bearerToken", "http.bodyRegex", "http.expectedStatus", "http.jsonPath", "http.method", "http.url", "itemId", "name", "timeoutSeconds"],
            badHttp.Keys.Order());
        Assert.Equal(["intervalSeconds", "tcp.port"], badTcp.Keys.Order());
    }

    [Fact]
    public async Task Test_now_runs_what_the_form_holds_without_saving_it()
    {
        var client = (await factory.AdminAsync()).Client;
        var before = (await client.GetJsonAsync<Page<CheckDto>>($"{CheckApi.Checks}?limit=500")).Items.Count;

        var tested = await client.PostJsonAsync<CheckTestDto>($"{CheckApi.Checks}/test", new { name = "try", kind = "Http", http = new { url = web.At("/failing") } }, HttpStatusCode.OK);
        var invalid = await client.SendJsonAsync(HttpMethod.Post, $"{CheckApi.Checks}/test", new { name = "try", kind = "Http", http = new { url = "nope" } });

        Assert.Equal((CheckState.Down, "Status 503, expected 200-399."), (tested.Result, tested.Message));
        Assert.True((await invalid.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("http.url"));
        Assert.Equal(before, (await client.GetJsonAsync<Page<CheckDto>>($"{CheckApi.Checks}?limit=500")).Items.Count);
    }

    [Fact]
    public async Task Viewers_read_checks_and_another_organization_sees_none_of_them()
    {
        var admin = await factory.AdminAsync();
        var check = await admin.Client.HttpCheckAsync(web.At("/health"));
        var viewer = (await factory.UserWithRoleAsync("Viewer")).Client;
        var slug = $"client-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Client M", slug }, HttpStatusCode.Created);
        var other = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;

        var read = await viewer.GetAsync($"{CheckApi.Checks}/{check.Id}");
        var create = await viewer.SendJsonAsync(HttpMethod.Post, CheckApi.Checks, new { name = "v", kind = "Tcp", tcp = new { host = "db", port = 1 } });
        var test = await viewer.SendJsonAsync(HttpMethod.Post, $"{CheckApi.Checks}/test", new { name = "v", kind = "Tcp", tcp = new { host = "db", port = 1 } });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, test.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{CheckApi.Checks}/{check.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{CheckApi.Checks}/{check.Id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"{CheckApi.Checks}/{check.Id}")).StatusCode);
        Assert.DoesNotContain((await other.GetJsonAsync<Page<CheckDto>>($"{CheckApi.Checks}?limit=500")).Items, c => c.Id == check.Id);
    }

    private static async Task<Dictionary<string, string[]>> Errors(HttpClient client, object request) =>
        (await (await client.SendJsonAsync(HttpMethod.Post, CheckApi.Checks, request)).ProblemAsync(HttpStatusCode.BadRequest)).Errors!;

    private static async Task<CheckDto> UpdateAsync<T>(HttpClient client, CheckDto check, T request)
    {
        var response = await client.SendJsonAsync(HttpMethod.Put, $"{CheckApi.Checks}/{check.Id}", request!, r => r.Headers.TryAddWithoutValidation("If-Match", $"\"{check.Version}\""));
        return await HttpJson.ReadAsync<CheckDto>(response, HttpStatusCode.OK);
    }
}

public sealed class CheckTestsOnSqlite(SqliteFactory f) : CheckTests(f), IClassFixture<SqliteFactory>;

public sealed class CheckTestsOnPostgres(PostgresFactory f) : CheckTests(f), IClassFixture<PostgresFactory>;
