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

    [Fact]
    public async Task The_map_of_a_switch_with_two_hundred_neighbours_is_readable_and_recentres_on_a_click()
    {
        var core = await DeviceAsync(new { name = "core-sw-01", kind = "Switch" });
        var upstream = await DeviceAsync(new { name = "ups-a", kind = "Ups" });
        await RelateAsync(core, upstream, "DependsOn");
        for (var i = 1; i <= 200; i++)
        {
            var server = await DeviceAsync(new { name = $"srv-{i:000}", kind = i % 10 == 0 ? "VirtualMachine" : "Server" });
            await RelateAsync(server, core, "DependsOn");
        }
        var page = await SignedInAsync();

        await WatchkeeperUi.GoToAsync(page, $"/inventory/items/{core}/map");
        var map = page.GetByTestId("dependency-map");
        await Expect(map.Locator("[data-node]")).ToHaveCountAsync(42);
        await Expect(map).ToContainTextAsync("+161 more");
        await WatchkeeperUi.ScreenshotAsync(page, "map-01-two-hundred");

        await map.Locator("[data-node='more1']").ClickAsync();
        await Expect(map.Locator("[data-node]")).ToHaveCountAsync(202);
        await WatchkeeperUi.ScreenshotAsync(page, "map-02-expanded");

        await map.Locator($"[data-node='n{upstream}'] rect").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/inventory/items/{upstream}/map$"));
        await Expect(page.Locator("h1")).ToContainTextAsync("ups-a");
        await Expect(map.Locator(".wk-map-centre")).ToHaveAttributeAsync("data-node", $"n{upstream}");
        await WatchkeeperUi.ScreenshotAsync(page, "map-03-recentred");

        await WatchkeeperUi.GoToAsync(page, $"/inventory/devices/{core}");
        await Expect(page.GetByTestId("dependency-map")).ToContainTextAsync("+161 more");
        await page.GetByTestId("dependency-map").ScrollIntoViewIfNeededAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "map-04-device-panel");
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private async Task RelateAsync(long source, long target, string type) =>
        (await api.PostAsJsonAsync("/api/v1/inventory/relationships", new { sourceId = source, targetId = target, type })).EnsureSuccessStatusCode();

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
