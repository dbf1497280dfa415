using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>An engineer finds devices from the top bar and explores a switch's dependency map.</summary>
public sealed class SearchAndMapTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("search-map");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task The_top_bar_search_goes_straight_to_a_device_found_by_serial_or_ip()
    {
        await DeviceAsync(new { name = "db-01", serial = "SN-4711-AB", primaryIp = "192.0.2.44" });
        await DeviceAsync(new { name = "db-02", serial = "SN-4711-CD" });
        var page = await SignedInAsync();

        await SearchFromTopBarAsync(page, "SN-4711-AB");
        await Expect(page.Locator("h1")).ToHaveTextAsync("db-01");
        await WatchkeeperUi.ScreenshotAsync(page, "search-01-by-serial");

        await WatchkeeperUi.GoToAsync(page, "/inventory/devices");
        await SearchFromTopBarAsync(page, "192.0.2.44");
        await Expect(page.Locator("h1")).ToHaveTextAsync("db-01");

        await SearchFromTopBarAsync(page, "4711");
        await Expect(page.GetByTestId("search-hits")).ToContainTextAsync("db-02");
        await Expect(page.GetByTestId("search-hits")).ToContainTextAsync("serial: SN-4711-AB");
        await WatchkeeperUi.ScreenshotAsync(page, "search-02-results");
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private static async Task SearchFromTopBarAsync(IPage page, string text)
    {
        var box = page.Locator("[data-wk-search]");
        await page.Locator("main").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await page.Keyboard.PressAsync("/");
        await Expect(box).ToBeFocusedAsync();
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    private async Task<IPage> SignedInAsync()
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);
        return page;
    }

    private async Task<long> DeviceAsync(object device)
    {
        var created = await api.PostAsJsonAsync("/api/v1/inventory/devices", device);
        return (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
