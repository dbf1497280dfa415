using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Checks_watch_real_targets_are_paused_resumed_tested_and_show_their_results()
    {
        using var admin = Server.AsAdmin();
        using var web = new WebTarget();
        using var tcp = new TcpListener(IPAddress.Loopback, 0);
        tcp.Start();
        var greeter = GreetAsync(tcp);
        var (device, site, port) = (Unique("web"), Unique("site"), ((IPEndPoint)tcp.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture));
        admin.Environment["SITE_TOKEN"] = WebTarget.Token;
        (await admin.RunAsync("inventory", "devices", "create", device)).Ok();

        var created = (await admin.RunAsync("checks", "create", "http", site, "--url", web.At("/secure"), "--bearer-token-env", "SITE_TOKEN",
            "--expect-status", "200", "--body-contains", "welcome", "--degraded-above-ms", "5000", "--interval", "10s", "--failures-before-down", "1",
            "--item", device)).Ok();
        var ssh = Unique("ssh");
        (await admin.RunAsync("checks", "create", "tcp", ssh, "--host", "127.0.0.1", "--port", port, "--expect", "SSH-2.0", "--timeout", "3")).Ok();
        var watching = (await admin.RunAsync("checks", "list", "--item", device)).Ok();
        var tcpChecks = (await admin.RunAsync("checks", "list", "--kind", "Tcp", "--search", ssh)).Ok();
        var ran = await WaitForCheckAsync(admin, site, c => c.GetProperty("status").GetProperty("lastRunAt").ValueKind != JsonValueKind.Null);
        await WaitForCheckAsync(admin, ssh, c => c.GetProperty("status").GetProperty("state").GetString() == "Up");
        var results = (await admin.RunAsync("checks", "results", site, "--limit", "5")).Ok();
        var paused = (await admin.RunAsync("checks", "pause", site)).Ok();
        var pausedList = (await admin.RunAsync("checks", "list", "--state", "Paused", "--search", site)).Ok();
        var resumed = (await admin.RunAsync("checks", "resume", site)).Ok();
        var changes = (await admin.RunAsync("checks", "changes", site)).Ok();
        var shown = (await admin.RunAsync("checks", "show", site)).Ok();
        admin.Answers.Enqueue(WebTarget.Token);
        var passing = (await admin.RunAsync("checks", "test", "http", "--url", web.At("/secure"), "--bearer-token-stdin")).Ok();
        var failing = await admin.RunAsync("checks", "test", "http", "--url", web.At("/failing"), "--body-contains", "ready");
        tcp.Stop();
        await greeter;

        Assert.Contains("Credentials:", created.Output);
        Assert.Contains("stored", created.Output);
        Assert.Contains($"GET {web.At("/secure")}", created.Output);
        Assert.Contains(site, watching.Output);
        Assert.Contains($"127.0.0.1:{port}", tcpChecks.Output);
        Assert.Equal("Up", ran.GetProperty("status").GetProperty("lastResult").GetString());
        Assert.Contains("Up", results.Output);
        Assert.Contains("first byte", results.Output);
        Assert.Contains("Paused", paused.Output);
        Assert.Contains(site, pausedList.Output);
        Assert.DoesNotContain("Paused", resumed.Output);
        Assert.Contains("Paused.", changes.Output);
        Assert.Contains("Resumed.", changes.Output);
        Assert.Contains("Recent state changes:", shown.Output);
        Assert.Contains(device, shown.Output);
        Assert.Contains("Up", passing.Output);
        Assert.Contains("200", passing.Output);
        failing.Expect(ExitCodes.Error);
        Assert.Contains("Down", failing.Output);
        Assert.Contains("503", failing.Output);
        Assert.Contains("not Up", failing.Error);
    }

    [Fact]
    public async Task Checks_are_renamed_keep_their_credentials_and_are_deleted_by_name()
    {
        using var admin = Server.AsAdmin();
        using var web = new WebTarget();
        var (name, renamed) = (Unique("api"), Unique("api"));
        admin.Environment["SITE_TOKEN"] = WebTarget.Token;
        (await admin.RunAsync("checks", "create", "http", name, "--url", web.At("/secure"), "--bearer-token-env", "SITE_TOKEN", "--paused")).Ok();

        (await admin.RunAsync("checks", "edit", name, "--name", renamed, "--interval", "2m", "--successes-before-up", "2")).Ok();
        var shown = (await admin.RunAsync("checks", "show", renamed, "--json")).Ok().Json;
        var deleted = (await admin.RunAsync("checks", "delete", renamed)).Ok();
        var gone = await admin.RunAsync("checks", "show", renamed);

        Assert.Equal(120, shown.GetProperty("intervalSeconds").GetInt32());
        Assert.Equal(2, shown.GetProperty("successesBeforeUp").GetInt32());
        Assert.True(shown.GetProperty("hasCredentials").GetBoolean());
        Assert.True(shown.GetProperty("paused").GetBoolean());
        Assert.Contains("deleted", deleted.Output);
        gone.Expect(ExitCodes.Error);
        Assert.Contains($"No check named '{renamed}'", gone.Error);
    }

    [Fact]
    public async Task A_check_with_bad_settings_is_refused_field_by_field()
    {
        using var admin = Server.AsAdmin();
        var name = Unique("bad");

        var refused = await admin.RunAsync("checks", "create", "http", name, "--url", "ftp://files.example.com", "--method", "FETCH");
        var tooOften = await admin.RunAsync("checks", "create", "http", name, "--url", "https://example.com", "--interval", "5");
        var badPort = await admin.RunAsync("checks", "create", "tcp", name, "--host", "db.example.com", "--port", "70000");
        var badDuration = await admin.RunAsync("checks", "create", "http", name, "--url", "https://example.com", "--interval", "soon");
        var missingSecret = await admin.RunAsync("checks", "create", "http", name, "--url", "https://example.com", "--bearer-token-env", "NO_SUCH_VARIABLE");

        refused.Expect(ExitCodes.Error);
        Assert.Contains("http.url:", refused.Error);
        Assert.Contains("http.method:", refused.Error);
        tooOften.Expect(ExitCodes.Error);
        Assert.Contains("intervalSeconds: The field IntervalSeconds must be between 10 and 86400.", tooOften.Error);
        badPort.Expect(ExitCodes.Error);
        Assert.Contains("tcp.port:", badPort.Error);
        badDuration.Expect(ExitCodes.Usage);
        Assert.Contains("'soon' is not a duration", badDuration.Error);
        missingSecret.Expect(ExitCodes.Usage);
        Assert.Contains("NO_SUCH_VARIABLE", missingSecret.Error);
        Assert.DoesNotContain(name, (await admin.RunAsync("checks", "list", "--search", name)).Ok().Output);
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>Polls <c>wk checks show --json</c> until the check satisfies the condition, as the scheduler runs it.</summary>
    private static async Task<JsonElement> WaitForCheckAsync(Wk wk, string check, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var shown = (await wk.RunAsync("checks", "show", check, "--json")).Ok().Json;
            if (condition(shown))
            {
                return shown;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Check {check} did not get there in 30 s: {shown}");
            await Task.Delay(250);
        }
    }
}
