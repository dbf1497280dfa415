using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>A network engineer adds a port on a switch and on a server and cables them together from the device page.</summary>
public sealed class CablingTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("cabling");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task Two_interfaces_added_on_device_pages_are_connected_by_a_cable()
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);
        await WatchkeeperUi.GoToAsync(page, "/inventory/device-types");
        await Dialog.OpenAsync(page, "new-device-type");
        await page.GetByTestId("type-manufacturer").FillAsync("Juniper");
        await page.GetByTestId("type-model").FillAsync("EX2300");
        await page.GetByTestId("add-template").ClickAsync();
        await page.GetByTestId("template-name").FillAsync("mgmt0");
        await WatchkeeperUi.ScreenshotAsync(page, "cabling-00-type-templates");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("device-types-grid")).ToContainTextAsync("EX2300");

        var server = await DeviceAsync("srv-01", "Server");
        var switchId = await DeviceAsync("sw-01", "Switch", await TypeIdAsync());

        await WatchkeeperUi.GoToAsync(page, $"/inventory/devices/{switchId}");
        await Dialog.OpenAsync(page, "add-interface");
        await page.GetByTestId("interface-name").FillAsync("ge-0/0/1");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("interfaces-grid")).ToContainTextAsync("ge-0/0/1");
        await Expect(page.GetByTestId("interfaces-grid")).ToContainTextAsync("mgmt0");

        await WatchkeeperUi.GoToAsync(page, $"/inventory/devices/{server}");
        await Dialog.OpenAsync(page, "add-interface");
        await page.GetByTestId("interface-name").FillAsync("eth0");
        await page.GetByTestId("interface-mac").FillAsync("00-1A-2B-3C-4D-5E");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("interfaces-grid")).ToContainTextAsync("00:1a:2b:3c:4d:5e");

        await Dialog.OpenAsync(page, "connect-eth0");
        await Dialog.ChooseAsync(page, "cable-device", "sw-01");
        await Dialog.ChooseAsync(page, "cable-interface", "ge-0/0/1");
        await page.GetByTestId("cable-label").FillAsync("C-0001");
        await Dialog.SubmitAsync(page);

        await Expect(page.GetByTestId("interface-peer")).ToContainTextAsync("sw-01 ge-0/0/1");
        // The relationship the cable implies shows without a reload.
        await Expect(page.GetByTestId("item-relationships")).ToContainTextAsync("sw-01");
        await WatchkeeperUi.ScreenshotAsync(page, "cabling-01-interfaces");

        // The far side shows the cable too, and both pages the connected-to the cable implies.
        await WatchkeeperUi.GoToAsync(page, $"/inventory/devices/{switchId}");
        await Expect(page.GetByTestId("interface-peer")).ToContainTextAsync("srv-01 eth0");
        await Expect(page.GetByTestId("item-relationships")).ToContainTextAsync("ConnectedTo");
        await page.GetByTestId("interfaces-grid").ScrollIntoViewIfNeededAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "cabling-02-peer");
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private async Task<long> DeviceAsync(string name, string kind, long? deviceTypeId = null)
    {
        var created = await api.PostAsJsonAsync("/api/v1/inventory/devices", new { name, kind, deviceTypeId });
        return (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private async Task<long> TypeIdAsync()
    {
        var types = await api.GetFromJsonAsync<JsonElement>("/api/v1/inventory/device-types?q=EX2300");
        return types.GetProperty("items")[0].GetProperty("id").GetInt64();
    }
}
