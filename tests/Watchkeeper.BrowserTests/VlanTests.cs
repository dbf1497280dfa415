using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>A network engineer records a switching domain's VLANs and is stopped from reusing a VLAN id in it.</summary>
public sealed class VlanTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("vlans");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_group_holds_unique_vlan_ids_and_filters_the_list()
    {
        (await api.PostAsJsonAsync("/api/v1/inventory/sites", new { name = "HQ" })).EnsureSuccessStatusCode();
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, "/inventory/vlans");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("Create a VLAN group");
        await Dialog.OpenAsync(page, "new-vlan-group");
        await page.GetByTestId("vlan-group-name").FillAsync("campus");
        await Dialog.ChooseAsync(page, "vlan-group-site", "HQ");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("Add the VLANs of each group");

        await AddVlanAsync(page, 10, "servers");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("vlans-grid")).ToContainTextAsync("servers");

        await AddVlanAsync(page, 10, "printers");
        // The group's site is the likely site of its VLANs.
        await Expect(page.GetByTestId("vlan-site")).ToContainTextAsync("HQ");
        await Dialog.Current(page).GetByTestId("dialog-submit").ClickAsync();
        await Expect(Dialog.Current(page).GetByTestId("field-error-vid")).ToHaveTextAsync("VLAN 10 already exists in group campus.");
        await Expect(Dialog.Current(page).GetByTestId("dialog-error")).ToHaveCountAsync(0);
        await WatchkeeperUi.ScreenshotAsync(page, "vlans-01-duplicate");
        await Dialog.NumberAsync(page, "vlan-vid", "20");
        // Not Dialog.SubmitAsync: until the server answers, the last refusal is still on screen and would read as this one's.
        await Dialog.Current(page).GetByTestId("dialog-submit").ClickAsync();
        await Expect(Dialog.Current(page)).ToHaveCountAsync(0);

        var grid = page.GetByTestId("vlans-grid");
        await Expect(grid).ToContainTextAsync("printers");
        await grid.GetByTestId("vlan-group-link").First.ClickAsync();
        await WatchkeeperUi.ExpectAddressAsync(page, "/inventory/vlans?groupId=*");
        await Expect(page.GetByTestId("vlan-filter-group")).ToContainTextAsync("campus");
        await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new Regex("/api/v1/inventory/export/vlans\\?groupId=\\d+&format=csv"));
        await WatchkeeperUi.ScreenshotAsync(page, "vlans-02-list");

        await WatchkeeperUi.GoToAsync(page, "/inventory/vlan-groups");
        await Expect(page.GetByTestId("vlan-groups-grid")).ToContainTextAsync("campus");
        await page.GetByTestId("vlan-groups-grid").GetByTitle("Delete").ClickAsync();
        await Dialog.ConfirmAsync(page, "Delete");
        await Expect(page.GetByText("The group still holds 2 VLAN(s). Move or delete them first.")).ToBeVisibleAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "vlans-03-groups");
    }

    private static async Task AddVlanAsync(IPage page, int vid, string name)
    {
        await Dialog.OpenAsync(page, "new-vlan");
        await Dialog.NumberAsync(page, "vlan-vid", vid.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("vlan-name").FillAsync(name);
        await Dialog.ChooseAsync(page, "vlan-group", "campus");
    }
}
