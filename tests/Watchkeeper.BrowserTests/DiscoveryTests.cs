using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>A network engineer sweeps loopback, edits the job, accepts the SSH host as a named firewall, then applies the change a second run proposes.</summary>
public sealed class DiscoveryTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;
    private TcpListener ssh = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("discovery", new Dictionary<string, string> { ["WATCHKEEPER_DISCOVERY__ALLOWLOOPBACK"] = "true" });
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
        ssh = new TcpListener(IPAddress.Loopback, 0);
        ssh.Start();
        _ = GreetAsync();
    }

    public async Task DisposeAsync()
    {
        ssh.Stop();
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_job_run_against_loopback_proposes_the_host_and_accepting_it_creates_the_device()
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);
        await WatchkeeperUi.GoToAsync(page, "/inventory/discovery");
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-00-empty");

        await Dialog.OpenAsync(page, "new-discovery-job");
        await page.GetByTestId("job-name").FillAsync("Loopback sweep");
        await page.GetByTestId("job-prefixes").FillAsync("127.0.0.1");
        await page.GetByTestId("job-ports").FillAsync(((IPEndPoint)ssh.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-01-job-dialog");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("discovery-jobs-grid")).ToContainTextAsync("Loopback sweep");
        await Expect(page.GetByTestId("discovery-jobs-grid")).ToContainTextAsync("on demand");
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-02-jobs");

        var jobs = await api.GetFromJsonAsync<JsonElement>("/api/v1/inventory/discovery/jobs");
        var job = jobs.GetProperty("items")[0].GetProperty("id").GetInt64();
        await WatchkeeperUi.GoToAsync(page, $"/inventory/discovery/{job}");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("has not run yet");
        await Dialog.OpenAsync(page, "edit-job");
        await Expect(page.GetByTestId("job-prefixes")).ToHaveValueAsync("127.0.0.1/32");
        await page.GetByTestId("job-name").FillAsync("Loopback SSH sweep");
        await Dialog.SubmitAsync(page);
        await Expect(page.Locator("h1")).ToContainTextAsync("Loopback SSH sweep");
        await RunAsync(page, 1);
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-03-job-runs");

        await WatchkeeperUi.GoToAsync(page, "/inventory/discovery/review");
        await Expect(page.GetByTestId("findings-grid")).ToContainTextAsync("SSH-2.0-Watchkeeper");
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-04-review");
        await Dialog.OpenAsync(page, "accept-finding");
        await Expect(page.GetByTestId("accept-name")).ToHaveValueAsync("localhost");
        await page.GetByTestId("accept-name").FillAsync("ssh-lab");
        await Dialog.ChooseAsync(page, "accept-kind", "Firewall");
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-05-accept-new");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("Nothing to review here");

        await WatchkeeperUi.GoToAsync(page, "/inventory/devices?kind=Firewall");
        await Expect(page.Locator("main")).ToContainTextAsync("ssh-lab");
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-06-device");

        // Someone renames the host by hand; the next run proposes the observed name back.
        var device = await RenameHostAsync("Firewall", "old-host");
        await WatchkeeperUi.GoToAsync(page, $"/inventory/discovery/{job}");
        await RunAsync(page, 2);
        await WatchkeeperUi.GoToAsync(page, "/inventory/discovery/review");
        await page.GetByTestId("review-filter").GetByText("Changed").ClickAsync();
        await Expect(page.GetByTestId("findings-grid")).ToContainTextAsync("old-host");
        await Dialog.OpenAsync(page, "accept-finding");
        await Expect(page.GetByTestId("accept-changes")).ToContainTextAsync("old-host");
        await Expect(page.GetByTestId("accept-field-hostname").Locator("input")).ToBeCheckedAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-07-accept-changes");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("Nothing to review here");
        var changed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/inventory/devices/{device}");
        Assert.Equal("localhost", changed.GetProperty("hostname").GetString());
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private static async Task RunAsync(Microsoft.Playwright.IPage page, int runs)
    {
        await page.GetByTestId("run-job").ClickAsync();
        await Expect(page.GetByTestId("runs-grid").Locator("tbody tr").Filter(new() { HasText = "Succeeded" })).ToHaveCountAsync(runs, new() { Timeout = 60_000 });
    }

    /// <summary>Replaces the device's hostname through the API, keeping its other fields; answers the id of the only device of that kind.</summary>
    private async Task<long> RenameHostAsync(string kind, string hostname)
    {
        var found = await api.GetFromJsonAsync<JsonElement>($"/api/v1/inventory/devices?kind={kind}");
        var id = found.GetProperty("items")[0].GetProperty("id").GetInt64();
        var device = await api.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/v1/inventory/devices/{id}");
        device!["hostname"] = hostname;
        (await api.PutAsJsonAsync($"/api/v1/inventory/devices/{id}", device)).EnsureSuccessStatusCode();
        return id;
    }

    private async Task GreetAsync()
    {
        while (true)
        {
            try
            {
                using var client = await ssh.AcceptTcpClientAsync();
                await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("SSH-2.0-Watchkeeper_test\r\n"));
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or IOException)
            {
                return;
            }
        }
    }
}
