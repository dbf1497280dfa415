using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>
/// A network engineer lays out a VRF's address space and allocates from it by "next free", then narrows the address
/// and prefix lists down, keeps the address list as a view and exports what they show.
/// </summary>
public sealed class IpamTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("ipam");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task A_prefix_tree_is_built_and_addresses_allocated_by_next_free()
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);

        await WatchkeeperUi.GoToAsync(page, "/inventory/ipam/vrfs");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No VRFs yet");
        await Dialog.OpenAsync(page, "new-vrf");
        await page.GetByTestId("vrf-name").FillAsync("customer-a");
        await page.GetByTestId("vrf-rd").FillAsync("65000:20");
        await Dialog.SubmitAsync(page);
        await page.GetByTestId("vrfs-grid").GetByText("customer-a").ClickAsync();
        await WatchkeeperUi.ExpectAddressAsync(page, "/inventory/ipam/prefixes?vrfId=*");
        var tree = new Uri(page.Url).PathAndQuery;

        await WatchkeeperUi.GoToAsync(page, tree);
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No prefixes in this VRF yet");
        await Dialog.OpenAsync(page, "new-prefix");
        await page.GetByTestId("prefix-cidr").FillAsync("10.20.0.0/16");
        await Dialog.SubmitAsync(page);
        await page.GetByTestId("prefix-tree").GetByText("10.20.0.0/16").ClickAsync();

        await Expect(page.GetByTestId("prefix-usage")).ToContainTextAsync("VRF customer-a");
        await Dialog.OpenAsync(page, "next-free-prefix");
        await Expect(page.GetByTestId("prefix-cidr")).ToHaveValueAsync("10.20.0.0/24");
        await Dialog.SubmitAsync(page);
        await page.GetByTestId("prefix-children").GetByText("10.20.0.0/24").ClickAsync();

        await Expect(page.GetByTestId("prefix-addresses")).ToContainTextAsync("No addresses in this prefix yet");
        await Dialog.OpenAsync(page, "next-free-address");
        await Expect(page.GetByTestId("address-value")).ToHaveValueAsync("10.20.0.1/24");
        await page.GetByTestId("address-dns").FillAsync("gw.example.com");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("addresses-grid")).ToContainTextAsync("gw.example.com");
        await WatchkeeperUi.ScreenshotAsync(page, "ipam-01-prefix");

        await WatchkeeperUi.GoToAsync(page, tree);
        await page.GetByTestId("tree-prefix").First.GetByTestId("tree-toggle").ClickAsync();
        var child = page.Locator("[data-testid=tree-prefix][data-prefix='10.20.0.0/24']");
        await Expect(child.GetByTestId("utilization")).ToContainTextAsync("0 %");
        await Expect(page.Locator("[data-testid=tree-free][data-prefix='10.20.1.0/24']")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("tree-prefix").First.GetByTestId("utilization")).ToBeVisibleAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "ipam-02-tree");

        await WatchkeeperUi.GoToAsync(page, "/inventory/ipam/addresses");
        await Expect(page.GetByTestId("addresses-grid")).ToContainTextAsync("10.20.0.1/24");
        await WatchkeeperUi.ScreenshotAsync(page, "ipam-03-addresses");

        var vrfId = Regex.Match(tree, "vrfId=(\\d+)").Groups[1].Value;
        await AddressListViewAsync(page, vrfId);
        await PrefixListAsync(page, vrfId);
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private async Task AddressListViewAsync(IPage page, string vrfId)
    {
        (await api.PostAsJsonAsync("/api/v1/inventory/ip-addresses", new { address = "10.20.0.9/24", vrfId = long.Parse(vrfId, System.Globalization.CultureInfo.InvariantCulture), status = "Reserved" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/inventory/ip-addresses", new { address = "192.0.2.10/24", dnsName = "printer.example.com" })).EnsureSuccessStatusCode();
        var grid = page.GetByTestId("addresses-grid");
        await WatchkeeperUi.GoToAsync(page, "/inventory/ipam/addresses");
        await Expect(grid).ToContainTextAsync("192.0.2.10/24");

        await page.GetByTestId("address-search").FillAsync("10.20.0.");
        await Dialog.ChooseAsync(page, "address-filter-vrf", "customer-a");
        await page.GetByTestId("address-filters").Locator("button[type=submit]").ClickAsync();
        await WatchkeeperUi.ExpectAddressAsync(page, "/inventory/ipam/addresses?q=10.20.0.&vrfId=*");
        await Expect(grid).Not.ToContainTextAsync("192.0.2.10");
        await Expect(grid).ToContainTextAsync("10.20.0.9/24");

        await Dialog.OpenAsync(page, "choose-columns");
        await page.GetByTestId("column-vrf").ClickAsync();
        await page.GetByTestId("column-description").ClickAsync();
        await Dialog.SubmitAsync(page);
        await Expect(grid.Locator("thead")).ToContainTextAsync("VRF");
        await Expect(grid.Locator("thead")).Not.ToContainTextAsync("Description");
        await Expect(grid.Locator("tbody")).ToContainTextAsync("customer-a");

        await Dialog.OpenAsync(page, "save-view");
        await page.GetByTestId("view-name").FillAsync("customer-a servers");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("view-picker")).ToContainTextAsync("customer-a servers");
        await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new Regex($"^/api/v1/inventory/export/ip-addresses\\?q=10\\.20\\.0\\.&vrfId={vrfId}&format=csv$"));
        await WatchkeeperUi.ScreenshotAsync(page, "ipam-04-address-view");

        // The whole list again, then the view brings the filter back.
        await WatchkeeperUi.GoToAsync(page, "/inventory/ipam/addresses");
        await Expect(grid).ToContainTextAsync("192.0.2.10/24");
        await Dialog.ChooseAsync(page, "view-picker", "customer-a servers");
        await Expect(grid).Not.ToContainTextAsync("192.0.2.10");
        Assert.Contains($"vrfId={vrfId}", page.Url, StringComparison.Ordinal);
        await AddressesOfOneDeviceAsync(page, grid);
    }

    // The picker searches, as one types, the items that hold addresses.
    private async Task AddressesOfOneDeviceAsync(IPage page, ILocator grid)
    {
        var device = await (await api.PostAsJsonAsync("/api/v1/inventory/devices", new { name = "web-01" })).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        (await api.PostAsJsonAsync("/api/v1/inventory/ip-addresses", new { address = "192.0.2.20/24", itemId = device.GetProperty("id").GetInt64() })).EnsureSuccessStatusCode();
        await WatchkeeperUi.GoToAsync(page, "/inventory/ipam/addresses");
        await Expect(grid).ToContainTextAsync("10.20.0.1/24");
        await page.GetByTestId("address-filter-item").ClickAsync();
        await page.Locator(".rz-dropdown-panel:visible input.rz-dropdown-filter").FillAsync("web");
        await page.Locator(".rz-dropdown-panel:visible .rz-dropdown-item", new() { HasText = "web-01" }).ClickAsync();
        await page.GetByTestId("address-filters").Locator("button[type=submit]").ClickAsync();
        await WatchkeeperUi.ExpectAddressAsync(page, "/inventory/ipam/addresses?itemId=*");
        await Expect(grid).ToContainTextAsync("192.0.2.20/24");
        await Expect(grid).Not.ToContainTextAsync("10.20.0.1/24");
        await Expect(page.GetByTestId("address-filter-item")).ToContainTextAsync("web-01");
        await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new Regex("^/api/v1/inventory/export/ip-addresses\\?itemId=\\d+&format=csv$"));
    }

    private async Task PrefixListAsync(IPage page, string vrfId)
    {
        (await api.PostAsJsonAsync("/api/v1/inventory/prefixes", new { prefix = "10.99.0.0/16", vrfId = long.Parse(vrfId, System.Globalization.CultureInfo.InvariantCulture), status = "Reserved" })).EnsureSuccessStatusCode();
        await WatchkeeperUi.GoToAsync(page, $"/inventory/ipam/prefixes?vrfId={vrfId}");
        await Expect(page.GetByTestId("tree-toggle").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", $"/api/v1/inventory/export/prefixes?vrfId={vrfId}&format=csv");

        // A filter turns the tree into a flat list of what matches, and the export follows it.
        await Dialog.ChooseAsync(page, "prefix-filter-status", "Active");
        await page.GetByTestId("prefix-filters").Locator("button[type=submit]").ClickAsync();
        await WatchkeeperUi.ExpectAddressAsync(page, "/inventory/ipam/prefixes?vrfId=*&status=Active");
        var list = page.GetByTestId("prefix-tree");
        await Expect(list).ToContainTextAsync("10.20.0.0/24");
        await Expect(list).Not.ToContainTextAsync("10.99.0.0/16");
        await Expect(page.GetByTestId("tree-toggle")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", $"/api/v1/inventory/export/prefixes?vrfId={vrfId}&status=Active&format=csv");
        await WatchkeeperUi.ScreenshotAsync(page, "ipam-05-prefix-list");
    }
}
