using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>A facilities engineer records a panel and a feed at a site, plugs a PDU into it and sees the load two servers put on it.</summary>
public sealed class PowerTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("power");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_feed_added_on_the_site_page_shows_the_load_of_a_pdu_and_two_servers()
    {
        var site = await PostAsync("/api/v1/inventory/sites", new { name = "Frankfurt DC", timeZone = "Europe/Berlin" });
        var pduType = await PostAsync("/api/v1/inventory/device-types", new { manufacturer = "APC", model = "AP8959", heightU = 0, maxOutputWatts = 3680 });
        var serverType = await PostAsync("/api/v1/inventory/device-types", new { manufacturer = "Dell", model = "R650", heightU = 1, powerDrawWatts = 450 });
        var pdu = await PostAsync("/api/v1/inventory/devices", new { name = "pdu-a", kind = "Pdu", deviceTypeId = pduType, siteId = site });
        foreach (var name in new[] { "srv-01", "srv-02" })
        {
            var server = await PostAsync("/api/v1/inventory/devices", new { name, kind = "Server", deviceTypeId = serverType, siteId = site });
            await PostAsync("/api/v1/inventory/power-connections", new { deviceId = server, upstreamDeviceId = pdu, label = "PSU1" });
        }

        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);
        await WatchkeeperUi.GoToAsync(page, $"/inventory/sites/{site}");
        await Dialog.OpenAsync(page, "new-power-panel");
        await page.GetByTestId("panel-name").FillAsync("PP-1");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("power-panel")).ToContainTextAsync("PP-1");

        await Dialog.OpenAsync(page, "new-power-feed");
        await page.GetByTestId("feed-name").FillAsync("A1");
        await Expect(page.GetByTestId("feed-capacity")).ToContainTextAsync("2,944 W");
        await WatchkeeperUi.ScreenshotAsync(page, "power-00-feed-dialog");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("power-feeds-grid")).ToContainTextAsync("A1");
        var feeds = await api.GetFromJsonAsync<JsonElement>($"/api/v1/inventory/power-feeds?siteId={site}");
        await WatchkeeperUi.GoToAsync(page, $"/inventory/power-feeds/{feeds.GetProperty("items")[0].GetProperty("id").GetInt64()}");

        await Dialog.OpenAsync(page, "feed-connect");
        await Dialog.ChooseAsync(page, "power-device", "pdu-a");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("power-consumers")).ToContainTextAsync("900 W");
        await WatchkeeperUi.ScreenshotAsync(page, "power-01-feed");

        await WatchkeeperUi.GoToAsync(page, $"/inventory/sites/{site}");
        await page.GetByTestId("site-power").ScrollIntoViewIfNeededAsync();
        await Expect(page.GetByTestId("power-load")).ToContainTextAsync("900 W of 2,944 W");
        await Expect(page.GetByTestId("utilization")).ToContainTextAsync("31 %");
        await Expect(page.GetByTestId("power-failover")).ToContainTextAsync("If partner fails: 900 W");
        await WatchkeeperUi.ScreenshotAsync(page, "power-02-site");

        await WatchkeeperUi.GoToAsync(page, $"/inventory/devices/{pdu}");
        await page.GetByTestId("item-power").ScrollIntoViewIfNeededAsync();
        await Expect(page.GetByTestId("item-power")).ToContainTextAsync("900 W of 3,680 W");
        await WatchkeeperUi.ScreenshotAsync(page, "power-03-pdu");
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private async Task<long> PostAsync(string path, object body)
    {
        var created = await api.PostAsJsonAsync(path, body);
        return (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
