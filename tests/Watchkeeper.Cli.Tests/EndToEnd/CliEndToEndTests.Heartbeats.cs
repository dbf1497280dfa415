using System.Text.RegularExpressions;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task A_heartbeat_check_made_with_wk_prints_its_ping_url_and_show_reports_the_last_ping()
    {
        using var admin = Server.AsAdmin();
        var backup = Unique("backup");

        var created = (await admin.RunAsync("checks", "create", "heartbeat", backup, "--cron", "0 2 * * *", "--time-zone", "Europe/Berlin", "--grace", "30m")).Ok();
        var url = Regex.Match(created.Output, @"Ping URL:\s+(\S+)").Groups[1].Value;
        using var job = new HttpClient();
        (await job.PostAsync(url + "/0", new StringContent("nightly backup: 12 GB"))).EnsureSuccessStatusCode();
        var shown = (await admin.RunAsync("checks", "show", backup)).Ok();
        var noTest = await admin.RunAsync("checks", "test", "heartbeat");

        Assert.StartsWith(Server.Url.TrimEnd('/') + "/ping/", url, StringComparison.Ordinal);
        Assert.Contains("cron '0 2 * * *' Europe/Berlin", created.Output);
        Assert.Contains("30m", created.Output);
        Assert.Contains("Last ping:", shown.Output);
        Assert.Contains("ExitCode at", shown.Output);
        Assert.Contains("Ping received: nightly backup: 12 GB", shown.Output);
        Assert.Contains("/api/push/", shown.Output);
        Assert.NotEqual(0, noTest.ExitCode);
    }
}
