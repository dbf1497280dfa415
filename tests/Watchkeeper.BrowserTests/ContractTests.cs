using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>An asset manager adds a custom field, fills it in on a server, and sees its support contract in the ending-soon report.</summary>
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
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private async Task<long> PostAsync(string path, object body)
    {
        var response = await api.PostAsJsonAsync(path, body);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
