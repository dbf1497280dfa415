using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>
/// An asset manager adds a custom field, fills it in on a server, sees its support contract in the ending-soon report,
/// then narrows the contract list to one vendor's contracts ending soon, saves that as a view and exports it.
/// </summary>
public sealed class ContractTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("contracts");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_custom_field_set_on_a_device_and_a_contract_ending_soon_in_the_report()
    {
        var device = await PostAsync("/api/v1/inventory/devices", new { name = "db-01" });
        var vendor = await PostAsync("/api/v1/inventory/vendors", new { name = "Acme Support", website = "https://acme.example" });
        var end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await PostAsync("/api/v1/inventory/contracts", new { vendorId = vendor, reference = "ACME-2291", startDate = "2025-01-01", endDate = end, coveredItemIds = new[] { device } });
        var later = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(200).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await PostAsync("/api/v1/inventory/contracts", new { vendorId = vendor, reference = "ACME-LIC-9", kind = "Licence", startDate = "2025-01-01", endDate = later, cost = 1200, currency = "EUR" });
        var globex = await PostAsync("/api/v1/inventory/vendors", new { name = "Globex" });
        await PostAsync("/api/v1/inventory/contracts", new { vendorId = globex, reference = "GLX-7", startDate = "2025-01-01", endDate = end });
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, "/inventory/custom-fields");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No custom fields yet");
        await Dialog.OpenAsync(page, "new-custom-field");
        await page.GetByTestId("field-key").FillAsync("cost-centre");
        await page.GetByTestId("field-label").FillAsync("Cost centre");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("custom-fields-grid")).ToContainTextAsync("cost-centre");
        await WatchkeeperUi.ScreenshotAsync(page, "contracts-01-custom-fields");

        await WatchkeeperUi.GoToAsync(page, $"/inventory/devices/{device}");
        await Dialog.OpenAsync(page, "device-edit");
        await page.GetByTestId("cf-cost-centre").FillAsync("CC-4711");
        await page.GetByTestId("cf-cost-centre").PressAsync("Tab");
        await Dialog.ChooseAsync(page, "device-contract", "ACME-2291");
        await WatchkeeperUi.ScreenshotAsync(page, "contracts-02-device-dialog");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("device-custom-fields")).ToContainTextAsync("CC-4711");
        await Expect(page.GetByTestId("device-custom-fields")).ToContainTextAsync("Cost centre", new() { IgnoreCase = true });
        await WatchkeeperUi.ScreenshotAsync(page, "contracts-03-device");

        await WatchkeeperUi.GoToAsync(page, "/inventory/reports/ending");
        await Expect(page.GetByTestId("ending-grid")).ToContainTextAsync("ACME-2291");
        await Expect(page.GetByTestId("ending-grid")).ToContainTextAsync("db-01");
        await Expect(page.GetByTestId("ending-chart").Locator("svg").First).ToBeVisibleAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "contracts-04-ending-report");

        await WatchkeeperUi.GoToAsync(page, "/inventory/vendors");
        await Expect(page.GetByTestId("vendors-grid")).ToContainTextAsync("Acme Support");
        await WatchkeeperUi.ScreenshotAsync(page, "contracts-05-vendors");
        await WatchkeeperUi.GoToAsync(page, "/inventory/contracts");
        await Expect(page.GetByTestId("contracts-grid")).ToContainTextAsync("db-01");
        await Dialog.OpenAsync(page, "new-contract");
        await WatchkeeperUi.ScreenshotAsync(page, "contracts-06-contract-dialog");
        await page.Keyboard.PressAsync("Escape");
        await Expect(Dialog.Current(page)).ToHaveCountAsync(0);

        await FilterSaveAndExportAsync(page, vendor);
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private async Task FilterSaveAndExportAsync(IPage page, long vendor)
    {
        var grid = page.GetByTestId("contracts-grid");
        await Dialog.ChooseAsync(page, "contract-filter-vendor", "Acme Support");
        await Dialog.NumberAsync(page, "contract-filter-within", "30");
        await page.GetByTestId("contract-filters").GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await WatchkeeperUi.ExpectAddressAsync(page, $"/inventory/contracts?vendorId={vendor}&endingWithin=30");
        await Expect(grid).ToContainTextAsync("ACME-2291");
        await Expect(grid).Not.ToContainTextAsync("ACME-LIC-9");
        await Expect(grid).Not.ToContainTextAsync("GLX-7");

        await Dialog.OpenAsync(page, "choose-columns");
        await page.GetByTestId("column-start").ClickAsync();
        await page.GetByTestId("column-notice").ClickAsync();
        await Dialog.SubmitAsync(page);
        await Expect(grid.Locator("thead")).ToContainTextAsync("Renewal notice");
        await Expect(grid.Locator("thead")).Not.ToContainTextAsync("Start");
        await Dialog.OpenAsync(page, "save-view");
        await page.GetByTestId("view-name").FillAsync("Acme ending in 30 days");
        await Dialog.SubmitAsync(page);

        var export = page.GetByTestId("export-csv");
        await Expect(export).ToHaveAttributeAsync("href", $"/api/v1/inventory/export/contracts?vendorId={vendor}&endingWithin=30&format=csv");
        var csv = await api.GetStringAsync(await export.GetAttributeAsync("href"));
        Assert.Contains("ACME-2291", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("ACME-LIC-9", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("GLX-7", csv, StringComparison.Ordinal);

        // The whole list again, then the view brings the filter back.
        await WatchkeeperUi.GoToAsync(page, "/inventory/contracts");
        await Expect(grid).ToContainTextAsync("GLX-7");
        await Dialog.ChooseAsync(page, "view-picker", "Acme ending in 30 days");
        await Expect(grid).Not.ToContainTextAsync("GLX-7");
        await Expect(grid).ToContainTextAsync("ACME-2291");
        await Expect(grid.Locator("thead")).ToContainTextAsync("Renewal notice");
        await Expect(page.GetByTestId("contract-filter-vendor")).ToContainTextAsync("Acme Support");
        await WatchkeeperUi.ScreenshotAsync(page, "contracts-07-filtered-view");

        await WatchkeeperUi.GoToAsync(page, "/inventory/contracts?kind=Maintenance");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No contracts match these filters");
        await page.GetByTestId("clear-filters").ClickAsync();
        await Expect(grid).ToContainTextAsync("GLX-7");
    }

    private async Task<long> PostAsync(string path, object body)
    {
        var response = await api.PostAsJsonAsync(path, body);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
