using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring;
using Watchkeeper.Server.Monitoring.Probes;
using Watchkeeper.Tests.Inventory.Discovery;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>HTTP and TCP checks against real listeners on loopback.</summary>
public sealed class ProbeTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private static readonly TargetPolicy Loopback = TargetPolicy.From(new MonitoringOptions { AllowLoopback = true });
    private WebTarget web = null!;

    public async Task InitializeAsync() => web = await WebTarget.StartAsync();

    public async Task DisposeAsync() => await web.DisposeAsync();

    private Task<ProbeOutcome> HttpAsync(HttpCheckSettings settings, TargetPolicy? policy = null) =>
        new HttpProbe(policy ?? Loopback).RunAsync(settings, Timeout, CancellationToken.None);

    [Fact]
    public async Task A_healthy_page_is_up_with_its_timings_and_json_assertion()
    {
        var outcome = await HttpAsync(new(web.At("/health"), JsonPath: "$.checks[0].state", JsonEquals: "pass", BodyContains: "ok"));

        Assert.Equal(CheckState.Up, outcome.Result);
        Assert.StartsWith("200 in ", outcome.Message, StringComparison.Ordinal);
        Assert.Equal("200 OK", outcome.Evidence["status"]);
        Assert.All(new[] { "dnsMs", "connectMs", "firstByteMs", "totalMs" }, phase => Assert.True(outcome.Evidence.ContainsKey(phase), phase));
        Assert.False(outcome.Evidence.ContainsKey("tlsMs"));
    }

    [Fact]
    public async Task Each_assertion_says_what_failed()
    {
        var status = await HttpAsync(new(web.At("/failing")));
        var allowed = await HttpAsync(new(web.At("/failing"), ExpectedStatus: "200-299,503"));
        var missing = await HttpAsync(new(web.At("/health"), BodyContains: "degraded"));
        var unwanted = await HttpAsync(new(web.At("/failing"), ExpectedStatus: "503", BodyNotContains: "maintenance"));
        var regex = await HttpAsync(new(web.At("/health"), BodyRegex: "\"status\":\\s*\"down\""));
        var json = await HttpAsync(new(web.At("/health"), JsonPath: "$.status", JsonEquals: "green"));
        var notJson = await HttpAsync(new(web.At("/failing"), ExpectedStatus: "503", JsonPath: "$.status"));

        Assert.Equal((CheckState.Down, "Status 503, expected 200-399."), (status.Result, status.Message));
        Assert.Equal(CheckState.Up, allowed.Result);
        Assert.Equal("The body does not contain \"degraded\".", missing.Message);
        Assert.Equal("The body contains \"maintenance\".", unwanted.Message);
        Assert.Contains("does not match", regex.Message, StringComparison.Ordinal);
        Assert.Equal("$.status is \"ok\", expected \"green\".", json.Message);
        Assert.Equal("The body is not JSON, so $.status cannot be read.", notJson.Message);
    }

    [Fact]
    public async Task Slow_answers_are_degraded_and_a_timeout_is_down()
    {
        var slow = await HttpAsync(new(web.At("/slow"), DegradedAboveMs: 100));
        var late = await new HttpProbe(Loopback).RunAsync(new(web.At("/slow")), TimeSpan.FromMilliseconds(100), CancellationToken.None);

        Assert.Equal(CheckState.Degraded, slow.Result);
        Assert.Contains("slower than 100 ms", slow.Message, StringComparison.Ordinal);
        Assert.Equal((CheckState.Down, "No answer within 0.1 s."), (late.Result, late.Message));
    }

    [Fact]
    public async Task Redirects_are_followed_unless_turned_off()
    {
        var followed = await HttpAsync(new(web.At("/moved"), BodyContains: "ok"));
        var judged = await HttpAsync(new(web.At("/moved"), FollowRedirects: false, ExpectedStatus: "200"));

        Assert.Equal(CheckState.Up, followed.Result);
        Assert.Equal("Status 302, expected 200.", judged.Message);
    }

    [Fact]
    public async Task Tls_is_verified_unless_turned_off_and_its_handshake_is_timed()
    {
        var verified = await HttpAsync(new(web.At("/health", tls: true)));
        var trusted = await HttpAsync(new(web.At("/health", tls: true), VerifyTls: false));

        Assert.Equal(CheckState.Down, verified.Result);
        Assert.StartsWith("TLS failed", verified.Message, StringComparison.Ordinal);
        Assert.Equal(CheckState.Up, trusted.Result);
        Assert.True(trusted.Evidence.ContainsKey("tlsMs"));
    }

    [Fact]
    public async Task Method_body_and_credentials_are_sent()
    {
        var bearer = await HttpAsync(new(web.At("/echo"), Method: "post", Body: "{\"ping\":1}", BearerToken: "s3cret", BodyContains: "Bearer s3cret {\"ping\":1}"));
        var basic = await HttpAsync(new(web.At("/echo"), Method: "POST", BasicUser: "ops", BasicPassword: "pw", BodyContains: "Basic b3BzOnB3"));

        Assert.Equal(CheckState.Up, bearer.Result);
        Assert.Equal(CheckState.Up, basic.Result);
    }

    [Fact]
    public async Task Refused_networks_are_never_reached_by_name_or_address()
    {
        var loopbackRefused = TargetPolicy.From(new MonitoringOptions());
        var byAddress = await HttpAsync(new(web.At("/health")), loopbackRefused);
        var byName = await HttpAsync(new($"http://localhost:{web.Http.Port}/health"), loopbackRefused);
        var metadata = await new TcpProbe(Loopback).RunAsync(new("169.254.169.254", 80), Timeout, CancellationToken.None);
        var refusedByAdministrator = TargetPolicy.From(new MonitoringOptions { AllowLoopback = true, RefusedNetworks = ["127.0.0.0/24"] });

        Assert.Equal(CheckState.Down, byAddress.Result);
        Assert.Equal("127.0.0.1 is in 127.0.0.0/8, which checks may not reach (see the monitoring settings).", byAddress.Message);
        Assert.Contains("which checks may not reach", byName.Message, StringComparison.Ordinal);
        Assert.Contains("169.254.0.0/16", metadata.Message, StringComparison.Ordinal);
        Assert.NotNull(refusedByAdministrator.Refusal(IPAddress.Loopback));
        Assert.Null(Loopback.Refusal(IPAddress.Parse("10.1.2.3")));
    }

    [Fact]
    public async Task Tcp_connects_sends_and_expects_an_answer()
    {
        await using var ssh = LocalServer.Ssh();
        var closed = Testing.LoopbackPorts.FreeTcp();
        var tcp = new TcpProbe(Loopback);

        var open = await tcp.RunAsync(new("127.0.0.1", ssh.Port, Expect: "SSH-2.0"), Timeout, CancellationToken.None);
        var wrong = await tcp.RunAsync(new("127.0.0.1", ssh.Port, Expect: "220 smtp"), TimeSpan.FromSeconds(2), CancellationToken.None);
        var refused = await tcp.RunAsync(new("localhost", closed), Timeout, CancellationToken.None);
        var http = await tcp.RunAsync(new("127.0.0.1", web.Http.Port, Send: "GET /health HTTP/1.0\\r\\n\\r\\n", Expect: "\"ok\""), Timeout, CancellationToken.None);

        Assert.Equal(CheckState.Up, open.Result);
        Assert.Equal("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n", open.Evidence["answer"]);
        Assert.Equal(CheckState.Down, wrong.Result);
        Assert.Contains("Cannot connect to localhost:", refused.Message, StringComparison.Ordinal);
        Assert.Equal(CheckState.Up, http.Result);
    }
}
