using System.Net.Http.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>Someone shows the columns they care about on the device list, saves the filtered list as a view and opens it again from the picker.</summary>
public sealed class ListViewTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("views");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task Chosen_columns_and_filters_come_back_with_the_saved_view()
    {
        foreach (var (name, kind, assetTag) in new[] { ("core-sw-01", "Switch", "AT-1001"), ("core-sw-02", "Switch", "AT-1002"), ("web-01", "Server", "AT-2001") })
        {
            (await api.PostAsJsonAsync("/api/v1/inventory/devices", new { name, kind, assetTag, serial = "SN-" + name })).EnsureSuccessStatusCode();
        }
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);
        var grid = page.GetByTestId("devices-grid");

        await WatchkeeperUi.GoToAsync(page, "/inventory/devices?kind=Switch");
        await Expect(grid).Not.ToContainTextAsync("web-01");
        await Dialog.OpenAsync(page, "choose-columns");
        await page.GetByTestId("column-serial").ClickAsync();
        await page.GetByTestId("column-assetTag").ClickAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "views-00-columns");
        await Dialog.SubmitAsync(page);
        await Expect(grid.Locator("thead")).ToContainTextAsync("Asset tag");
        await Expect(grid.Locator("thead")).Not.ToContainTextAsync("Serial");

        await Dialog.OpenAsync(page, "save-view");
        await page.GetByTestId("view-name").FillAsync("Switches with asset tags");
        await Dialog.SubmitAsync(page);

        // Back to the whole list with the default columns, then the view brings filter and columns back.
        await Dialog.OpenAsync(page, "choose-columns");
        await page.GetByTestId("column-assetTag").ClickAsync();
        await Dialog.SubmitAsync(page);
        await WatchkeeperUi.GoToAsync(page, "/inventory/devices");
        await Expect(grid).ToContainTextAsync("web-01");
        await Expect(grid.Locator("thead")).Not.ToContainTextAsync("Asset tag");
        await Dialog.ChooseAsync(page, "view-picker", "Switches with asset tags");
        await Expect(grid).Not.ToContainTextAsync("web-01");
        await Expect(grid).ToContainTextAsync("AT-1001");
        await Expect(grid.Locator("thead")).ToContainTextAsync("Asset tag");
        Assert.Contains("kind=Switch", page.Url, StringComparison.Ordinal);
        await WatchkeeperUi.ScreenshotAsync(page, "views-01-saved-view");
        Assert.Empty(ui.ContentSecurityViolations());
    }

    [Fact]
    public async Task Write_buttons_follow_the_role()
    {
        await ApiSetup.CreateUserAsync(api, "net@example.com", "Nina Network", "Network Engineer");
        await ApiSetup.CreateUserAsync(api, "view@example.com", "Vic Viewer", "Viewer");

        var engineer = await SignedInAsync("net@example.com");
        await WatchkeeperUi.GoToAsync(engineer, "/inventory/devices");
        await Expect(engineer.GetByTestId("new-device")).ToBeVisibleAsync();
        await WatchkeeperUi.GoToAsync(engineer, "/inventory/services");
        await Expect(engineer.GetByTestId("new-service")).ToHaveCountAsync(0);
        await WatchkeeperUi.ScreenshotAsync(engineer, "views-02-engineer-services");

        var viewer = await SignedInAsync("view@example.com");
        await WatchkeeperUi.GoToAsync(viewer, "/inventory/devices");
        await Expect(viewer.GetByTestId("empty-state")).ToBeVisibleAsync();
        await Expect(viewer.GetByTestId("new-device")).ToHaveCountAsync(0);
        await WatchkeeperUi.ScreenshotAsync(viewer, "views-03-viewer-devices");
    }

    private async Task<Microsoft.Playwright.IPage> SignedInAsync(string email)
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, email);
        await WatchkeeperUi.WaitForAppAsync(page);
        return page;
    }
}
