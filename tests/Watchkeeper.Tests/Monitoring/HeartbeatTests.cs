using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>Heartbeat checks through the real server: jobs ping over HTTP without logging in, and the scheduler notices the pings that do not come.</summary>
public abstract class HeartbeatTests(WatchkeeperFactory factory)
{
    private readonly HttpClient job = factory.CreateClient();

    [Fact]
    public async Task A_start_and_its_success_make_an_up_result_timed_by_the_run()
    {
        var client = (await factory.AdminAsync()).Client;
        var (check, heartbeat) = await client.HeartbeatCheckAsync(new { periodSeconds = 3600, graceSeconds = 300 });

        var started = await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(heartbeat.PingUrl, "/start"));
        var running = await client.HeartbeatOfAsync(check.Id);
        await Task.Delay(300);
        var finished = await job.PingAsync(HttpMethod.Post, HeartbeatApi.Path(heartbeat.PingUrl), "backup done\n12 GB written");
        var up = await client.GetJsonAsync<CheckDto>($"{CheckApi.Checks}/{check.Id}");
        var result = await client.LatestResultAsync(check.Id);
        var after = await client.HeartbeatOfAsync(check.Id);

        Assert.Equal((HttpStatusCode.OK, "OK"), started);
        Assert.Equal((HttpStatusCode.OK, "OK"), finished);
        Assert.NotNull(running.StartedAt);
        Assert.Equal(CheckState.Up, up.Status.State);
        Assert.InRange(result.LatencyMs!.Value, 300, 10_000);
        Assert.StartsWith("Ping received after a run of ", result.Message, StringComparison.Ordinal);
        Assert.EndsWith(": backup done", result.Message, StringComparison.Ordinal);
        Assert.Equal(("Success", "backup done\n12 GB written"), (after.LastPingKind, after.LastBody));
        Assert.Null(after.StartedAt);
        Assert.Equal(result.LatencyMs, after.LastDurationMs);
        Assert.InRange(after.Deadline!.Value, result.At.AddSeconds(3899), result.At.AddSeconds(3901));
    }

    [Fact]
    public async Task Exit_codes_fail_and_head_speak_like_healthchecks()
    {
        var client = (await factory.AdminAsync()).Client;
        var (check, heartbeat) = await client.HeartbeatCheckAsync(new { periodSeconds = 3600 });
        var url = heartbeat.PingUrl;

        var head = await job.PingAsync(HttpMethod.Head, HeartbeatApi.Path(url));
        var zero = await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(url, "/0"));
        var three = await job.PingAsync(HttpMethod.Post, HeartbeatApi.Path(url, "/3"), "rsync: connection refused");
        var failed = await client.GetJsonAsync<CheckDto>($"{CheckApi.Checks}/{check.Id}");
        var tooHigh = await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(url, "/256"));
        var explicitFail = await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(url, "/fail"));
        var logged = await job.PingAsync(HttpMethod.Post, HeartbeatApi.Path(url, "/log"), "halfway");
        var results = await client.GetJsonAsync<Page<CheckResultDto>>($"{CheckApi.Checks}/{check.Id}/results");

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal("", head.Body);
        Assert.Equal((HttpStatusCode.OK, "OK"), zero);
        Assert.Equal((HttpStatusCode.OK, "OK"), three);
        Assert.Equal((CheckState.Down, "Exited with code 3: rsync: connection refused"), (failed.Status.State, failed.Status.LastMessage));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid url format"), tooHigh);
        Assert.Equal(HttpStatusCode.OK, explicitFail.Status);
        Assert.Equal(HttpStatusCode.OK, logged.Status);
        // HEAD and 0 are successes, 3 and fail failures; a log ping keeps its body and records no result.
        Assert.Equal(["Failure reported", "Exited with code 3: rsync: connection refused", "Ping received", "Ping received"], results.Items.Select(r => r.Message));
        Assert.Equal("3", results.Items[1].Evidence["exitCode"]);
        Assert.Equal(("Log", "halfway"), ((await client.HeartbeatOfAsync(check.Id)).LastPingKind, (await client.HeartbeatOfAsync(check.Id)).LastBody));
    }

    [Fact]
    public async Task An_uptime_kuma_push_reports_its_status_message_and_time()
    {
        var client = (await factory.AdminAsync()).Client;
        var (check, heartbeat) = await client.HeartbeatCheckAsync(new { periodSeconds = 60, graceSeconds = 30 });
        var push = HeartbeatApi.Path(heartbeat.PushUrl);

        var up = await job.PingAsync(HttpMethod.Get, push + "?status=up&msg=OK&ping=42");
        var upResult = await client.LatestResultAsync(check.Id);
        var down = await job.PingAsync(HttpMethod.Get, push + "?status=down&msg=disk%20full");
        var downCheck = await client.GetJsonAsync<CheckDto>($"{CheckApi.Checks}/{check.Id}");
        var unknown = await job.PingAsync(HttpMethod.Get, "/api/push/not-a-token-of-any-check-at-all?status=up");

        Assert.Equal((HttpStatusCode.OK, """{"ok":true}"""), up);
        Assert.Equal((CheckState.Up, 42.0, "Ping received: OK"), (upResult.Result, upResult.LatencyMs!.Value, upResult.Message));
        Assert.Equal(HttpStatusCode.OK, down.Status);
        Assert.Equal((CheckState.Down, "Failure reported: disk full"), (downCheck.Status.State, downCheck.Status.LastMessage));
        Assert.Equal((HttpStatusCode.NotFound, """{"ok":false,"msg":"Monitor not found or not active."}"""), unknown);
    }

    [Fact]
    public async Task Unknown_tokens_are_not_found_and_bodies_are_cut_at_ten_kilobytes()
    {
        var client = (await factory.AdminAsync()).Client;
        var (check, heartbeat) = await client.HeartbeatCheckAsync(new { periodSeconds = 3600 });

        var unknown = await job.PingAsync(HttpMethod.Get, "/ping/" + new string('a', 43));
        var shortToken = await job.PingAsync(HttpMethod.Post, "/ping/abc/fail");
        var big = await job.PingAsync(HttpMethod.Post, HeartbeatApi.Path(heartbeat.PingUrl), new string('x', 25_000));
        var kept = await client.HeartbeatOfAsync(check.Id);

        Assert.Equal((HttpStatusCode.NotFound, "not found"), unknown);
        Assert.Equal((HttpStatusCode.NotFound, "not found"), shortToken);
        Assert.Equal(HttpStatusCode.OK, big.Status);
        Assert.Equal(10_000, kept.LastBody!.Length);
        Assert.Equal(1000, (await client.LatestResultAsync(check.Id)).Evidence["body"].Length);
    }

    [Fact]
    public async Task A_token_sending_more_than_its_allowance_a_minute_is_refused()
    {
        var client = (await factory.AdminAsync()).Client;
        var (_, heartbeat) = await client.HeartbeatCheckAsync(new { periodSeconds = 3600 });
        var (_, other) = await client.HeartbeatCheckAsync(new { periodSeconds = 3600 });

        var answers = await Task.WhenAll(Enumerable.Range(0, 70).Select(_ => job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(heartbeat.PingUrl))));
        var otherToken = await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(other.PingUrl));

        Assert.Equal(60, answers.Count(a => a.Status == HttpStatusCode.OK));
        Assert.Equal(10, answers.Count(a => a.Status == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, otherToken.Status);
    }

    [Fact]
    public async Task A_rotated_token_stops_working_at_once_and_the_rotation_is_audited()
    {
        var client = (await factory.AdminAsync()).Client;
        var (check, before) = await client.HeartbeatCheckAsync(new { periodSeconds = 3600 });

        var rotated = await client.PostJsonAsync<HeartbeatDto>($"{CheckApi.Checks}/{check.Id}/heartbeat/rotate", new { }, HttpStatusCode.OK);
        var old = await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(before.PingUrl));
        var fresh = await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(rotated.PingUrl));
        var rotation = await client.GetStringAsync("/api/v1/audit?action=check.heartbeat_token_rotated");
        var audit = await client.GetStringAsync("/api/v1/audit?limit=100");
        var notHeartbeat = await client.PostAsync($"{CheckApi.Checks}/{(await client.HttpCheckAsync("http://127.0.0.1:9")).Id}/heartbeat/rotate", null);

        Assert.NotEqual(before.PingUrl, rotated.PingUrl);
        Assert.Equal(HttpStatusCode.NotFound, old.Status);
        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Contains($"\"objectId\":\"{check.Id}\"", rotation, StringComparison.Ordinal);
        Assert.DoesNotContain(Token(before.PingUrl), audit, StringComparison.Ordinal);
        Assert.DoesNotContain(Token(rotated.PingUrl), audit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, notHeartbeat.StatusCode);
    }

    [Fact]
    public async Task A_missing_ping_takes_the_check_down_once_period_and_grace_have_passed()
    {
        var client = (await factory.AdminAsync()).Client;
        var (check, heartbeat) = await client.HeartbeatCheckAsync(new { periodSeconds = 10, graceSeconds = 2 });
        await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(heartbeat.PingUrl));

        var up = await client.GetJsonAsync<CheckDto>($"{CheckApi.Checks}/{check.Id}");
        var down = await client.WaitForAsync(check.Id, c => c.Status.State == CheckState.Down, "no ping came within 12 s");
        var changes = await client.GetJsonAsync<Page<CheckStateChangeDto>>($"{CheckApi.Checks}/{check.Id}/changes");

        Assert.Equal(CheckState.Up, up.Status.State);
        Assert.Matches(@"^No ping since \d\d:\d\d:\d\d UTC \(expected every 10 s, grace 2 s\)$", down.Status.LastMessage);
        Assert.InRange(down.Status.Since!.Value - up.Status.LastRunAt!.Value, TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(16));
        Assert.Equal((CheckState.Up, CheckState.Down), (changes.Items[0].From, changes.Items[0].To));
    }

    [Fact]
    public async Task A_start_without_its_end_within_the_grace_is_down()
    {
        var client = (await factory.AdminAsync()).Client;
        var (check, heartbeat) = await client.HeartbeatCheckAsync(new { periodSeconds = 3600, graceSeconds = 2 });

        await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(heartbeat.PingUrl, "/start"));
        var down = await client.WaitForAsync(check.Id, c => c.Status.State == CheckState.Down, "the run never finished");
        await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(heartbeat.PingUrl));
        var back = await client.GetJsonAsync<CheckDto>($"{CheckApi.Checks}/{check.Id}");

        Assert.Matches(@"^Started at \d\d:\d\d:\d\d UTC but never finished \(grace 2 s\)$", down.Status.LastMessage);
        Assert.Equal(CheckState.Up, back.Status.State);
    }

    [Fact]
    public async Task A_paused_check_answers_pings_and_records_nothing()
    {
        var client = (await factory.AdminAsync()).Client;
        var check = await client.CheckAsync(new { name = Inventory.InventoryApi.Unique("paused"), kind = "Heartbeat", paused = true, heartbeat = new { periodSeconds = 60 } });
        var heartbeat = await client.HeartbeatOfAsync(check.Id);

        var answer = await job.PingAsync(HttpMethod.Get, HeartbeatApi.Path(heartbeat.PingUrl, "/fail"));
        var results = await client.GetJsonAsync<Page<CheckResultDto>>($"{CheckApi.Checks}/{check.Id}/results");

        Assert.Equal((HttpStatusCode.OK, "OK"), answer);
        Assert.Empty(results.Items);
        Assert.Equal(CheckState.Paused, (await client.GetJsonAsync<CheckDto>($"{CheckApi.Checks}/{check.Id}")).Status.State);
    }

    [Fact]
    public async Task Heartbeat_settings_are_checked_on_their_fields()
    {
        var client = (await factory.AdminAsync()).Client;

        var both = await client.SendJsonAsync(HttpMethod.Post, CheckApi.Checks, new { name = "hb", kind = "Heartbeat", heartbeat = new { periodSeconds = 60, cron = "0 2 * * *" } });
        var bad = await client.SendJsonAsync(HttpMethod.Post, CheckApi.Checks, new { name = "hb", kind = "Heartbeat", heartbeat = new { cron = "at two", timeZone = "Mars/Olympus" } });
        var cron = await client.CheckAsync(new { name = Inventory.InventoryApi.Unique("nightly"), kind = "Heartbeat", heartbeat = new { cron = "0 2 * * *", timeZone = "Europe/Berlin", graceSeconds = 1800 } });

        Assert.Equal(["heartbeat.periodSeconds"], (await both.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(["heartbeat.cron", "heartbeat.timeZone"], (await bad.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.Order());
        Assert.Equal(("0 2 * * *", "Europe/Berlin", 1), (cron.Heartbeat!.Cron, cron.Heartbeat.TimeZone, cron.FailuresBeforeDown));
        Assert.Equal(CheckState.Unknown, cron.Status.State);
    }

    private static string Token(string url) => url[(url.LastIndexOf('/') + 1)..];
}

public sealed class HeartbeatTestsOnSqlite(SqliteFactory f) : HeartbeatTests(f), IClassFixture<SqliteFactory>;

public sealed class HeartbeatTestsOnPostgres(PostgresFactory f) : HeartbeatTests(f), IClassFixture<PostgresFactory>;
