using System.Globalization;
using System.Net.Http.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>An operator plans maintenance from a failing check's page and sees the check held, on its page, the board and the window list.</summary>
public sealed class MaintenanceTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("maintenance", new Dictionary<string, string> { ["WATCHKEEPER_MONITORING__ALLOWLOOPBACK"] = "true" });
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_window_planned_from_a_check_holds_it_and_shows_on_the_board_and_the_list()
    {
        var check = await (await api.PostAsJsonAsync("/api/v1/monitoring/checks", new
        {
            name = "db-01 postgres", kind = "Tcp", failuresBeforeDown = 1, intervalSeconds = 10, tcp = new { host = "127.0.0.1", port = Testing.LoopbackPorts.FreeTcp() },
        })).Content.ReadFromJsonAsync<IdOnly>();
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, "/monitoring/maintenance");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No maintenance windows yet");
        await WatchkeeperUi.ScreenshotAsync(page, "maintenance-01-none");

        await WatchkeeperUi.GoToAsync(page, $"/monitoring/checks/{check!.Id}");
        await Expect(page.GetByTestId("check-facts")).ToContainTextAsync("Down");
        await Dialog.OpenAsync(page, "check-maintenance");
        await Expect(page.GetByTestId("maintenance-checks")).ToContainTextAsync("db-01 postgres");
        await page.GetByTestId("maintenance-name").FillAsync("Postgres upgrade");
        await page.GetByTestId("maintenance-reason").FillAsync("CHG-2231");
        var starts = page.GetByTestId("maintenance-starts").Locator("input").First;
        await starts.FillAsync(DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        await starts.PressAsync("Tab");
        await WatchkeeperUi.ScreenshotAsync(page, "maintenance-02-dialog");
        await Dialog.SubmitAsync(page);

        await Expect(page.GetByTestId("check-in-maintenance")).ToContainTextAsync("Postgres upgrade");
        await Expect(page.GetByTestId("check-facts")).ToContainTextAsync("Maintenance");
        await Expect(page.GetByTestId("check-changes")).ToContainTextAsync("(silenced)");
        await WatchkeeperUi.ScreenshotAsync(page, "maintenance-03-check-held");

        await WatchkeeperUi.GoToAsync(page, "/monitoring/checks");
        await Expect(page.GetByTestId("count-Maintenance")).ToContainTextAsync("1");
        await WatchkeeperUi.GoToAsync(page, "/monitoring/maintenance");
        await Expect(page.GetByTestId("maintenance-active")).ToContainTextAsync("In force until");
        await Expect(page.GetByTestId("maintenance-grid")).ToContainTextAsync("CHG-2231");

        await Dialog.OpenAsync(page, "new-maintenance");
        await page.GetByTestId("maintenance-name").FillAsync("Sunday patching");
        await page.GetByTestId("maintenance-recurring").GetByText("Recurring").ClickAsync();
        await page.GetByTestId("maintenance-cron").FillAsync("0 3 * * 0");
        await page.GetByTestId("maintenance-cron").PressAsync("Tab");
        await Expect(page.GetByTestId("maintenance-preview")).ToContainTextAsync("Next: Sun");
        await page.GetByTestId("maintenance-tags").FillAsync("patch-group-a");
        await WatchkeeperUi.ScreenshotAsync(page, "maintenance-04-recurring");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("maintenance-grid")).ToContainTextAsync("0 3 * * 0");
        await WatchkeeperUi.ScreenshotAsync(page, "maintenance-05-list");
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private sealed record IdOnly(long Id);
}
