using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>An engineer records that an application server runs on a hypervisor and sees what the hypervisor's failure takes down.</summary>
public sealed class RelationshipPanelTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("relationships");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_relationship_added_on_the_device_page_shows_in_the_other_devices_impact()
    {
        var app = await DeviceAsync("app-01", "Critical");
        var hypervisor = await DeviceAsync("hv-01", null);
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, $"/inventory/devices/{app}");
        await Dialog.ChooseAsync(page, "relationship-type", "RunsOn");
        await Dialog.ChooseAsync(page, "relationship-target", "hv-01");
        await page.GetByTestId("add-relationship").ClickAsync();
        await Expect(page.GetByTestId("item-relationships")).ToContainTextAsync("RunsOn");
        await WatchkeeperUi.ScreenshotAsync(page, "relationships-01-panel");

        await WatchkeeperUi.GoToAsync(page, $"/inventory/devices/{hypervisor}");
        await Expect(page.GetByTestId("item-relationships")).ToContainTextAsync("app-01");
        await Expect(page.GetByTestId("item-impact")).ToContainTextAsync("Down");
        await Expect(page.GetByTestId("item-impact")).ToContainTextAsync("app-01");
        await WatchkeeperUi.ScreenshotAsync(page, "relationships-02-impact");
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private async Task<long> DeviceAsync(string name, string? criticality)
    {
        var created = await api.PostAsJsonAsync("/api/v1/inventory/devices", new { name, criticality });
        return (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
