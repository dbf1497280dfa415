using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>Turning on an authenticator app, signing in with it, renewing its recovery codes and turning it off.</summary>
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
    public async Task A_user_turns_on_the_second_factor_needs_it_to_sign_in_renews_the_codes_and_turns_it_off()
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
        var firstCodes = await page.GetByTestId("recovery-codes").Locator("li").AllInnerTextsAsync();
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

        // New recovery codes replace every old one.
        await other.GotoAsync("/account/two-factor");
        await other.FillAsync("#codes-password", WatchkeeperUi.Password);
        await other.GetByRole(AriaRole.Button, new() { Name = "Show new recovery codes" }).ClickAsync();
        await Expect(other.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        Assert.Empty((await other.GetByTestId("recovery-codes").Locator("li").AllInnerTextsAsync()).Intersect(firstCodes));
        await WatchkeeperUi.ScreenshotAsync(other, "24-recovery-codes-renewed");

        // Turned off, the page offers a fresh key to start over, and signing in needs no code again.
        await other.GotoAsync("/account/two-factor");
        await other.FillAsync("#disable-password", WatchkeeperUi.Password);
        await other.GetByRole(AriaRole.Button, new() { Name = "Turn off the second factor" }).ClickAsync();
        await Expect(other.GetByTestId("two-factor-qr")).ToBeVisibleAsync();
        Assert.NotEqual(key, await other.GetByTestId("two-factor-key").InnerTextAsync());
        await WatchkeeperUi.ScreenshotAsync(other, "25-two-factor-off");
        var third = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(third, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(third);
        await Expect(third.GetByTestId("nav")).ToContainTextAsync("Administration");
    }
}
