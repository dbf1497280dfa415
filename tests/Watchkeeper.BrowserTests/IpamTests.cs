using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>A network engineer lays out a VRF's address space and allocates from it by "next free".</summary>
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
        await page.WaitForURLAsync("**/inventory/ipam?vrf=*");
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
    }
}
