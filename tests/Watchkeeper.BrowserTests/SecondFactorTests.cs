using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>Turning on an authenticator app and signing in with it.</summary>
public sealed class SecondFactorTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("second-factor");
        (await ApiSetup.CreateAdministratorAsync(ui.Server)).Dispose();
    }

    public async Task DisposeAsync() => await ui.DisposeAsync();

    [Fact]
    public async Task A_user_turns_on_the_second_factor_and_then_needs_it_to_sign_in()
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);
        await WatchkeeperUi.GoToAsync(page, "/profile");
        await page.GetByTestId("set-up-two-factor").ClickAsync();
        await Expect(page.GetByTestId("two-factor-qr")).ToBeVisibleAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "21-two-factor-setup");

        var key = await page.GetByTestId("two-factor-key").InnerTextAsync();
        await page.FillAsync("#code", Totp.Code(key, DateTimeOffset.UtcNow));
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await WatchkeeperUi.ScreenshotAsync(page, "22-recovery-codes");

        var other = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(other, ApiSetup.AdminEmail);
        await other.WaitForURLAsync("**/login/second-factor**");
        await other.FillAsync("#code", "000000");
        await other.ClickAsync("button[type=submit]");
        await Expect(other.GetByTestId("login-error")).ToContainTextAsync("wrong");
        await other.FillAsync("#code", Totp.Code(key, DateTimeOffset.UtcNow));
        await WatchkeeperUi.ScreenshotAsync(other, "23-second-factor-login");
        await other.ClickAsync("button[type=submit]");
        await WatchkeeperUi.WaitForAppAsync(other);
        await WatchkeeperUi.GoToAsync(other, "/profile");
        await Expect(other.GetByTestId("two-factor-on")).ToBeVisibleAsync();
    }
}
