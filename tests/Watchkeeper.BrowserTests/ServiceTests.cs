using System.Net.Http.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>
/// A service owner records a business service and the application it depends on, sees it in the
/// service catalog, and sees it reported as down from the application's page.
/// </summary>
public sealed class ServiceTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("services");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
        (await api.PostAsJsonAsync("/api/v1/teams", new { name = "Human resources IT" })).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_business_service_depending_on_an_application_shows_as_impacted_on_the_applications_page()
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, "/inventory/services");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No services yet");
        await WatchkeeperUi.ScreenshotAsync(page, "services-01-empty");
        await Dialog.OpenAsync(page, "new-service");
        await page.GetByTestId("service-name").FillAsync("payroll-app");
        await Dialog.SubmitAndShowAsync(page, page.GetByTestId("services-grid").GetByText("payroll-app"));

        await Dialog.OpenAsync(page, "new-service");
        await page.GetByTestId("service-name").FillAsync("Payroll");
        await Dialog.ChooseAsync(page, "service-kind", "BusinessService");
        await Dialog.ChooseAsync(page, "service-team", "Human resources IT");
        await Dialog.ChooseAsync(page, "service-tier", "1");
        await page.GetByTestId("service-rto").FillAsync("4h");
        await page.GetByTestId("service-rpo").FillAsync("15m");
        await page.GetByTestId("service-hours").Locator("input").FillAsync("24x7");
        await Dialog.Current(page).GetByText("Visible to requesters").ClickAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "services-02-dialog");
        await Dialog.SubmitAndShowAsync(page, page.GetByTestId("services-grid").GetByText("Payroll", new() { Exact = true }));
        await WatchkeeperUi.ScreenshotAsync(page, "services-03-list");

        await page.GetByTestId("services-grid").GetByText("Payroll", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("service-catalog-facts")).ToContainTextAsync("Tier 1");
        await Dialog.ChooseAsync(page, "relationship-type", "DependsOn");
        await Dialog.ChooseAsync(page, "relationship-target", "payroll-app");
        await page.GetByTestId("add-relationship").ClickAsync();
        await Expect(page.GetByTestId("item-relationships")).ToContainTextAsync("payroll-app");
        await WatchkeeperUi.ScreenshotAsync(page, "services-04-service-page");

        await WatchkeeperUi.GoToAsync(page, "/inventory/catalog");
        await Expect(page.GetByTestId("service-catalog")).ToContainTextAsync("4h / 15m");
        await Expect(page.GetByTestId("service-catalog")).ToContainTextAsync("Offered");
        await WatchkeeperUi.ScreenshotAsync(page, "services-05-catalog");

        await WatchkeeperUi.GoToAsync(page, "/inventory/services?kind=Application");
        await page.GetByTestId("services-grid").GetByText("payroll-app").ClickAsync();
        await Expect(page.GetByTestId("impact-services")).ToContainTextAsync("Payroll");
        await Expect(page.GetByTestId("impact-services")).ToContainTextAsync("Down");
        await Expect(page.GetByTestId("impact-services")).ToContainTextAsync("Tier 1");
        await WatchkeeperUi.ScreenshotAsync(page, "services-06-impact");
        Assert.Empty(ui.ContentSecurityViolations());
    }
}
