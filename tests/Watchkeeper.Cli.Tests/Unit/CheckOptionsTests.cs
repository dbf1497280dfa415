using System.CommandLine;
using System.Text.Json;
using Watchkeeper.Cli.Commands.Monitoring;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Tests.Unit;

/// <summary>How <c>wk checks create</c> and <c>test</c> read their options into the API's request, before anything is sent.</summary>
public sealed class CheckOptionsTests
{
    [Fact]
    public void Http_options_become_the_http_settings_with_the_password_from_a_variable()
    {
        using var wk = new Wk();
        wk.Environment["SHOP_PASSWORD"] = "p4ss word";

        var request = Apply(wk, new HttpCheckOptions(), "--url", "https://shop.example.com/health", "--method", "POST", "-H", "X-Probe: wk",
            "--header", "Accept:application/json", "--body", "{}", "--expect-status", "200-299,301", "--body-contains", "ok", "--degraded-above-ms", "800",
            "--no-follow-redirects", "--basic-user", "probe", "--basic-password-env", "SHOP_PASSWORD");

        var http = request.Http!;
        Assert.Equal("https://shop.example.com/health", http.Url);
        Assert.Equal("POST", http.Method);
        Assert.Equal("wk", http.Headers!["X-Probe"]);
        Assert.Equal("application/json", http.Headers["Accept"]);
        Assert.Equal("200-299,301", http.ExpectedStatus);
        Assert.Equal("ok", http.BodyContains);
        Assert.Equal(800, http.DegradedAboveMs);
        Assert.False(http.FollowRedirects);
        Assert.True(http.VerifyTls);
        Assert.Equal(("probe", "p4ss word"), (http.BasicUser, http.BasicPassword));
        Assert.Null(http.BearerToken);
        Assert.Null(request.Tcp);
    }

    [Fact]
    public void A_bearer_token_is_read_from_standard_input()
    {
        using var wk = new Wk();
        wk.Answers.Enqueue("t0ken");

        var request = Apply(wk, new HttpCheckOptions(), "--url", "https://api.example.com", "--bearer-token-stdin");

        Assert.Equal("t0ken", request.Http!.BearerToken);
    }

    [Theory]
    [InlineData("--bearer-token-env", "UNSET_TOKEN")]
    [InlineData("--bearer-token-stdin")]
    [InlineData("--basic-password-env", "EMPTY", "--basic-password-stdin")]
    [InlineData("-H", "no colon here")]
    public void Secrets_that_cannot_be_read_and_malformed_headers_are_usage_errors(params string[] args)
    {
        using var wk = new Wk();
        wk.Environment["EMPTY"] = "";

        var error = Assert.Throws<CliException>(() => Apply(wk, new HttpCheckOptions(), ["--url", "https://api.example.com", .. args]));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    [Fact]
    public void Tcp_options_become_the_tcp_settings()
    {
        using var wk = new Wk();

        var request = Apply(wk, new TcpCheckOptions(), "--host", "mail.example.com", "--port", "25", "--send", @"EHLO wk\r\n", "--expect", "250");

        Assert.Equal(new TcpCheckSettings("mail.example.com", 25, @"EHLO wk\r\n", "250"), request.Tcp);
        Assert.Null(request.Http);
    }

    [Fact]
    public void Heartbeat_options_become_the_heartbeat_settings_with_durations_in_seconds()
    {
        using var wk = new Wk();

        var period = Apply(wk, new HeartbeatCheckOptions(), "--period", "1h", "--grace", "5m");
        var cron = Apply(wk, new HeartbeatCheckOptions(), "--cron", "0 2 * * *", "--time-zone", "Europe/Berlin");

        Assert.Equal(new HeartbeatCheckSettings(3600, 300), period.Heartbeat);
        Assert.Equal(new HeartbeatCheckSettings(null, null, "0 2 * * *", "Europe/Berlin"), cron.Heartbeat);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("30s", 30)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("1d", 86400)]
    [InlineData(" 2M ", 120)]
    public void Durations_read_as_seconds(string text, int seconds)
    {
        Assert.Equal(seconds, Seconds.Parse(text));
        Assert.Equal(seconds, Seconds.Parse(Seconds.Format(seconds)));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("5 min")]
    [InlineData("1.5m")]
    [InlineData("m")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void Text_that_is_no_duration_is_refused(string text) => Assert.Null(Seconds.Parse(text));

    [Fact]
    public void Durations_are_written_largest_unit_first() =>
        Assert.Equal(["1m30s", "1m", "10s", "1d2h"], new[] { 90, 60, 10, 93_600 }.Select(Seconds.Format));

    [Fact]
    public void A_runs_timings_read_in_the_order_they_happened() =>
        Assert.Equal("dns 0.3 ms, connect 0.5 ms, first byte 2.0 ms, total 3.1 ms", CheckOutput.Phases(new Dictionary<string, string>
        {
            ["dnsMs"] = "0.3", ["connectMs"] = "0.5", ["firstByteMs"] = "2.0", ["totalMs"] = "3.1", ["status"] = "200 OK",
        }));

    [Fact]
    public void A_check_as_shown_reads_back_as_the_request_that_keeps_it()
    {
        // Read as the API answers it, so the test holds as checks gain fields and kinds.
        var check = JsonSerializer.Deserialize<CheckDto>("""
            {"id": 7, "name": "shop", "kind": "Http", "item": {"id": 3, "kind": "Device", "name": "web-01"},
             "intervalSeconds": 30, "timeoutSeconds": 5, "failuresBeforeDown": 3, "successesBeforeUp": 2, "paused": true,
             "http": {"url": "https://shop.example.com", "expectedStatus": "200", "basicUser": "probe", "followRedirects": true, "verifyTls": false},
             "hasCredentials": true, "status": {"state": "Paused", "flapping": false}, "version": 4}
            """, WatchkeeperJson.Options)!;

        var request = check.ToRequest();

        var http = new HttpCheckSettings("https://shop.example.com", ExpectedStatus: "200", BasicUser: "probe", VerifyTls: false);
        Assert.Equal(new CheckRequest("shop", CheckKind.Http, 3, 30, 5, 3, 2, true, http), request);
    }

    [Theory]
    [InlineData("checks", "create", "http", "web")]
    [InlineData("checks", "create", "tcp", "db", "--host", "db.example.com")]
    [InlineData("checks", "test", "http", "--url", "https://example.com", "--timeout", "soon")]
    [InlineData("checks", "list", "--state", "Sideways")]
    public async Task Missing_or_malformed_options_exit_2_before_anything_is_sent(params string[] args)
    {
        using var wk = new Wk();
        // Nothing listens on port 1: reaching the server would exit 1, not 2.
        wk.Environment["WK_SERVER"] = "http://127.0.0.1:1";
        wk.Environment["WK_TOKEN"] = "wk_test";

        var result = (await wk.RunAsync(args)).Expect(ExitCodes.Usage);

        Assert.Contains("--help", result.Error);
    }

    private static CheckRequest Apply(Wk wk, CheckKindOptions kind, params string[] args)
    {
        var global = new GlobalOptions();
        var root = new RootCommand();
        global.AddTo(root);
        root.With(kind.All);
        var parse = root.Parse(args);
        Assert.Empty(parse.Errors);
        using var session = new Session(new CliContext(TextWriter.Null, TextWriter.Null, wk.CreateEnvironment(), global), parse);
        return kind.Apply(session, new CheckRequest("web", kind.Kind));
    }
}
