using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>A network engineer records a site, a rack and a server in it, and sees the server drawn in the rack.</summary>
public sealed class InventoryTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("inventory");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_device_placed_in_a_rack_shows_in_its_elevation()
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, "/inventory/sites");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No sites yet");
        await WatchkeeperUi.ScreenshotAsync(page, "inventory-01-no-sites");
        await Dialog.OpenAsync(page, "new-site");
        await page.GetByTestId("site-name").FillAsync("Frankfurt DC1");
        await Dialog.SubmitAsync(page);
        await page.GetByTestId("sites-grid").GetByText("Frankfurt DC1").ClickAsync();

        await Expect(page.GetByTestId("site-racks")).ToContainTextAsync("No racks at this site yet");
        await Dialog.OpenAsync(page, "new-rack");
        await page.GetByTestId("rack-name").FillAsync("A01");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("racks-grid")).ToContainTextAsync("42U");
        await WatchkeeperUi.ScreenshotAsync(page, "inventory-02-site");

        await WatchkeeperUi.GoToAsync(page, "/inventory/device-types");
        await Dialog.OpenAsync(page, "new-device-type");
        await page.GetByTestId("type-manufacturer").FillAsync("Dell");
        await page.GetByTestId("type-model").FillAsync("PowerEdge R750");
        await Dialog.NumberAsync(page, "type-height", "2");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("device-types-grid")).ToContainTextAsync("PowerEdge R750");

        await WatchkeeperUi.GoToAsync(page, "/inventory/sites");
        await page.GetByTestId("sites-grid").GetByText("Frankfurt DC1").ClickAsync();
        await page.GetByTestId("racks-grid").GetByText("A01").ClickAsync();
        await Expect(page.GetByTestId("empty-state").Filter(new() { HasText = "This rack is empty" })).ToBeVisibleAsync();
        await Dialog.OpenAsync(page, "rack-add-device");
        await page.GetByTestId("device-name").FillAsync("db-01");
        await Dialog.ChooseAsync(page, "device-type", "PowerEdge R750");
        await Dialog.NumberAsync(page, "device-position", "20");
        await page.GetByTestId("device-ip").FillAsync("192.0.2.20");
        await WatchkeeperUi.ScreenshotAsync(page, "inventory-03-device-dialog");
        await Dialog.SubmitAsync(page);

        await Expect(page.GetByTestId("elevation-front").GetByTestId("rack-device")).ToContainTextAsync("db-01");
        await Expect(page.GetByTestId("elevation-rear").GetByTestId("rack-device")).ToContainTextAsync("db-01");
        await Expect(page.GetByTestId("rack-utilization")).ToContainTextAsync("2U of 42U");
        await WatchkeeperUi.ScreenshotAsync(page, "inventory-04-rack-elevation");

        await page.GetByTestId("elevation-front").GetByTestId("rack-device").ClickAsync();
        await Expect(page.GetByTestId("device-placement")).ToContainTextAsync("U20–U21");
        await Expect(page.GetByTestId("item-history")).ToContainTextAsync("device.created");
        await WatchkeeperUi.ScreenshotAsync(page, "inventory-05-device");

        await WatchkeeperUi.GoToAsync(page, "/inventory/devices");
        await page.GetByTestId("device-search").FillAsync("192.0.2.20");
        await page.GetByTestId("device-search").PressAsync("Enter");
        await Expect(page.GetByTestId("devices-grid")).ToContainTextAsync("db-01");
        await WatchkeeperUi.ScreenshotAsync(page, "inventory-06-devices");

        await ArrangeSiteNetworksAsync("Frankfurt DC1");
        await WatchkeeperUi.GoToAsync(page, "/inventory/sites");
        await page.GetByTestId("sites-grid").GetByText("Frankfurt DC1").ClickAsync();
        await Expect(page.GetByTestId("site-counts")).ToContainTextAsync("VirtualMachine");
        await Expect(page.GetByTestId("site-networks")).ToContainTextAsync("10.40.0.0/24");
        await Expect(page.GetByTestId("site-networks")).ToContainTextAsync("140 storage");
        await Expect(page.GetByTestId("site-changes")).ToContainTextAsync("device.created");
        await WatchkeeperUi.ScreenshotAsync(page, "inventory-07-site-overview");

        // The site list: a search that finds nothing says how to get back, and a row's time zone filters the list.
        await WatchkeeperUi.GoToAsync(page, "/inventory/sites?q=nowhere");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No sites match these filters");
        await page.GetByTestId("clear-filters").ClickAsync();
        await page.GetByTestId("sites-grid").GetByTestId("site-zone-link").First.ClickAsync();
        await WatchkeeperUi.ExpectAddressAsync(page, "/inventory/sites?timeZone=UTC");
        await Expect(page.GetByTestId("site-filter-zone")).ToContainTextAsync("UTC");
        await Expect(page.GetByTestId("sites-grid")).ToContainTextAsync("Frankfurt DC1");
        await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", "/api/v1/inventory/export/sites?timeZone=UTC&format=csv");
        await WatchkeeperUi.ScreenshotAsync(page, "inventory-08-sites");
        Assert.Empty(ui.ContentSecurityViolations());
    }

    /// <summary>A second device, a prefix and a VLAN at the site, so its overview has counts and networks to show.</summary>
    private async Task ArrangeSiteNetworksAsync(string siteName)
    {
        var sites = await api.GetFromJsonAsync<JsonElement>($"/api/v1/inventory/sites?q={Uri.EscapeDataString(siteName)}");
        var siteId = sites.GetProperty("items")[0].GetProperty("id").GetInt64();
        (await api.PostAsJsonAsync("/api/v1/inventory/devices", new { name = "vm-01", kind = "VirtualMachine", siteId, status = "Staged" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/inventory/prefixes", new { prefix = "10.40.0.0/24", siteId, description = "servers" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/inventory/vlans", new { vid = 140, name = "storage", siteId })).EnsureSuccessStatusCode();
    }
}
