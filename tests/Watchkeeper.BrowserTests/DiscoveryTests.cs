using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>A network engineer sweeps loopback, sees the SSH host in the review queue and accepts it as a device.</summary>
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
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-02-jobs");

        var jobs = await api.GetFromJsonAsync<JsonElement>("/api/v1/inventory/discovery/jobs");
        await WatchkeeperUi.GoToAsync(page, $"/inventory/discovery/{jobs.GetProperty("items")[0].GetProperty("id").GetInt64()}");
        await page.GetByTestId("run-job").ClickAsync();
        await Expect(page.GetByTestId("runs-grid")).ToContainTextAsync("Succeeded", new() { Timeout = 60_000 });
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-03-job-runs");

        await WatchkeeperUi.GoToAsync(page, "/inventory/discovery/review");
        await Expect(page.GetByTestId("findings-grid")).ToContainTextAsync("SSH-2.0-Watchkeeper");
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-04-review");
        await page.GetByTestId("accept-finding").ClickAsync();
        await Expect(page.GetByText("Nothing to review here")).ToBeVisibleAsync();

        await WatchkeeperUi.GoToAsync(page, "/inventory/devices");
        await Expect(page.Locator("main")).ToContainTextAsync("localhost");
        await WatchkeeperUi.ScreenshotAsync(page, "discovery-05-device");
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
