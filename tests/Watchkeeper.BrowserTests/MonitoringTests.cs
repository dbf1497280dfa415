using System.Net.Http.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>
/// An operator adds a web check from a device's page, tries it before saving, and watches the board turn green and red;
/// and adds a certificate check whose page shows the certificate and its days left.
/// </summary>
public sealed class MonitoringTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        // The checks target this very server and test peers on loopback, which production servers refuse; certificate
        // checks trust the test authority as a site trusts its internal CA.
        ui = await WatchkeeperUi.StartAsync("monitoring", new Dictionary<string, string>
        {
            ["WATCHKEEPER_MONITORING__ALLOWLOOPBACK"] = "true",
            ["WATCHKEEPER_MONITORING__TRUSTEDCERTIFICATESFILE"] = Testing.TestCertificates.AuthorityFile,
        });
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_check_is_tested_before_saving_runs_at_once_and_the_board_shows_its_state()
    {
        var device = await (await api.PostAsJsonAsync("/api/v1/inventory/devices", new { name = "web-01", kind = "Server" })).Content.ReadFromJsonAsync<IdOnly>();
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, "/monitoring/checks");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No checks yet");
        await WatchkeeperUi.ScreenshotAsync(page, "monitoring-01-no-checks");

        await WatchkeeperUi.GoToAsync(page, $"/inventory/devices/{device!.Id}");
        await Dialog.OpenAsync(page, "item-add-check");
        await page.GetByTestId("check-name").FillAsync("web-01 health");
        await page.GetByTestId("check-url").FillAsync(new Uri(ui.Server.BaseUrl, "/healthz").ToString());
        await page.GetByTestId("check-body-contains").FillAsync("ok");
        await page.GetByTestId("check-test").ClickAsync();
        await Expect(page.GetByTestId("check-test-message")).ToContainTextAsync("200 in");
        await Expect(page.GetByTestId("check-test-result")).ToContainTextAsync("firstByteMs");
        await WatchkeeperUi.ScreenshotAsync(page, "monitoring-02-test-now");
        await Dialog.Current(page).GetByTestId("dialog-submit").ClickAsync();

        await page.WaitForURLAsync("**/monitoring/checks/*");
        await Expect(page.GetByTestId("check-facts")).ToContainTextAsync("Up");
        await Expect(page.GetByTestId("check-facts")).ToContainTextAsync("web-01");
        await Expect(page.GetByTestId("check-changes")).ToContainTextAsync("Unknown");
        await WatchkeeperUi.ScreenshotAsync(page, "monitoring-03-check-page");

        (await api.PostAsJsonAsync("/api/v1/monitoring/checks", new
        {
            name = "db-01 postgres", kind = "Tcp", failuresBeforeDown = 1, intervalSeconds = 10, tcp = new { host = "127.0.0.1", port = Testing.LoopbackPorts.FreeTcp() },
        })).EnsureSuccessStatusCode();
        await WatchkeeperUi.GoToAsync(page, "/monitoring/checks");
        // The board refreshes by itself: the new check turns red without a reload.
        await Expect(page.GetByTestId("count-Down")).ToContainTextAsync("1");
        await Expect(page.GetByTestId("count-Up")).ToContainTextAsync("1");
        await Expect(page.GetByTestId("checks-grid")).ToContainTextAsync("Cannot connect");
        await WatchkeeperUi.ScreenshotAsync(page, "monitoring-04-board");

        await page.GetByTestId("count-Down").ClickAsync();
        await Expect(page.GetByTestId("checks-grid").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("checks-grid")).ToContainTextAsync("db-01 postgres");
    }

    [Fact]
    public async Task A_certificate_check_made_in_the_dialog_shows_the_certificate_and_its_days_left()
    {
        var certificate = Testing.TestCertificates.Server("localhost", TimeSpan.FromDays(-80), TimeSpan.FromDays(12));
        await using var target = await Testing.TlsTargets.StartAsync(new Dictionary<string, System.Security.Cryptography.X509Certificates.X509Certificate2> { ["portal"] = certificate });
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, "/monitoring/checks");
        await Dialog.OpenAsync(page, "new-check");
        await page.GetByTestId("check-name").FillAsync("portal certificate");
        await Dialog.ChooseAsync(page, "check-kind", "Tls");
        await page.GetByTestId("check-host").FillAsync("localhost");
        await Dialog.NumberAsync(page, "check-port", target.Port("portal").ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("check-test").ClickAsync();
        await Expect(page.GetByTestId("check-test-message")).ToContainTextAsync("under the 21-day warning; chain trusted; valid for localhost");
        await WatchkeeperUi.ScreenshotAsync(page, "monitoring-05-certificate-test-now");
        await Dialog.Current(page).GetByTestId("dialog-submit").ClickAsync();

        await page.WaitForURLAsync("**/monitoring/checks/*");
        await Expect(page.GetByTestId("check-facts")).ToContainTextAsync("Degraded");
        await Expect(page.GetByTestId("certificate-facts")).ToContainTextAsync("CN=localhost, O=Watchkeeper Tests");
        await Expect(page.GetByTestId("certificate-facts")).ToContainTextAsync("CN=Watchkeeper Test CA");
        await Expect(page.GetByTestId("check-results")).ToContainTextAsync("days left");
        await WatchkeeperUi.ScreenshotAsync(page, "monitoring-06-certificate-check-page");
    }

    [Fact]
    public async Task A_heartbeat_check_made_in_the_dialog_shows_its_ping_url_and_the_body_of_its_last_ping()
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, "/monitoring/checks");
        await Dialog.OpenAsync(page, "new-check");
        await page.GetByTestId("check-name").FillAsync("nightly backup");
        await Dialog.ChooseAsync(page, "check-kind", "Heartbeat");
        await Dialog.NumberAsync(page, "heartbeat-period", "3600");
        await Dialog.NumberAsync(page, "heartbeat-grace", "300");
        await Expect(page.GetByTestId("check-test")).ToHaveCountAsync(0);
        await Dialog.Current(page).GetByTestId("dialog-submit").ClickAsync();

        await page.WaitForURLAsync("**/monitoring/checks/*");
        var url = await page.GetByTestId("heartbeat-url").InnerTextAsync();
        Assert.Matches(@"/ping/[A-Za-z0-9_-]{43}$", url);
        await Expect(page.GetByTestId("heartbeat-example")).ToContainTextAsync(url + "/start");
        using var job = new HttpClient { BaseAddress = ui.Server.BaseUrl };
        (await job.PostAsync(new Uri(url).AbsolutePath, new StringContent("backup done: 12 GB"))).EnsureSuccessStatusCode();
        await Expect(page.GetByTestId("heartbeat-body")).ToContainTextAsync("backup done: 12 GB");
        await Expect(page.GetByTestId("check-facts")).ToContainTextAsync("Up");
        await WatchkeeperUi.ScreenshotAsync(page, "monitoring-07-heartbeat-check-page");
    }

    private sealed record IdOnly(long Id);
}
