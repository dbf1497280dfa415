using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>
/// The first hour with Watchkeeper, in a real browser against the real server: setup link,
/// first administrator, a colleague with a limited role, an API token.
/// </summary>
public sealed class FirstJourneyTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;

    public async Task InitializeAsync() => ui = await WatchkeeperUi.StartAsync();

    public async Task DisposeAsync() => await ui.DisposeAsync();

    [Fact]
    public async Task Administrator_sets_up_and_a_viewer_sees_only_what_the_role_allows()
    {
        var admin = await ui.NewPageAsync();
        await admin.GotoAsync(await ui.Server.SetupLinkAsync());
        await WatchkeeperUi.ScreenshotAsync(admin, "01-setup");
        await admin.FillAsync("#email", "admin@example.test");
        await admin.FillAsync("#display-name", "Ada Admin");
        await admin.FillAsync("#password", WatchkeeperUi.Password);
        await admin.FillAsync("#repeat-password", WatchkeeperUi.Password);
        await admin.ClickAsync("button[type=submit]");
        await Expect(admin.GetByTestId("notice")).ToContainTextAsync("administrator account is ready");
        await WatchkeeperUi.ScreenshotAsync(admin, "02-login");

        await WatchkeeperUi.SignInAsync(admin, "admin@example.test");
        await WatchkeeperUi.WaitForAppAsync(admin);
        await Expect(admin.GetByTestId("nav")).ToContainTextAsync("Administration");
        await WatchkeeperUi.ScreenshotAsync(admin, "03-overview-admin");
    }
}
