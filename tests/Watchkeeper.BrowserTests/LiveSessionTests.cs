using System.Net.Http.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>An open page must not outlive the session behind it.</summary>
public sealed class LiveSessionTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("live-session");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task Disabling_a_user_sends_their_open_page_to_the_login_within_seconds()
    {
        var userId = await ApiSetup.CreateUserAsync(api, "operator@example.test", "Olly Operator", "IT Operator");
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, "operator@example.test");
        await WatchkeeperUi.WaitForAppAsync(page);
        await WatchkeeperUi.GoToAsync(page, "/admin/teams");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No teams yet");
        await WatchkeeperUi.ScreenshotAsync(page, "16-operator-before-disable");

        (await api.PatchAsJsonAsync($"/api/v1/users/{userId}", new { disabled = true })).EnsureSuccessStatusCode();

        // No reload, no click: the server closes the live connection and the page goes to the login.
        await page.WaitForURLAsync("**/login**", new() { Timeout = Browser.PatienceMs });
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("session has ended");
        await WatchkeeperUi.ScreenshotAsync(page, "17-operator-kicked-out");

        await WatchkeeperUi.SignInAsync(page, "operator@example.test");
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("disabled");
        await WatchkeeperUi.ScreenshotAsync(page, "18-disabled-login");
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_browsers_session_but_keeps_this_one()
    {
        var laptop = await ui.NewPageAsync();
        var phone = await ui.NewPageAsync();
        foreach (var page in new[] { laptop, phone })
        {
            await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
            await WatchkeeperUi.WaitForAppAsync(page);
        }

        await WatchkeeperUi.GoToAsync(laptop, "/profile");
        await laptop.GetByTestId("change-password").ClickAsync();
        await laptop.FillAsync("#current-password", WatchkeeperUi.Password);
        await laptop.FillAsync("#new-password", "a brand new passphrase");
        await laptop.FillAsync("#repeat-password", "a brand new passphrase");
        await WatchkeeperUi.ScreenshotAsync(laptop, "19-change-password");
        await laptop.ClickAsync("button[type=submit]");

        await phone.WaitForURLAsync("**/login**", new() { Timeout = Browser.PatienceMs });
        await laptop.WaitForURLAsync("**/profile**");
        await WatchkeeperUi.WaitForAppAsync(laptop);
        await Expect(laptop.Locator("main")).ToContainTextAsync("Your password was changed");
        await WatchkeeperUi.ScreenshotAsync(laptop, "20-password-changed");
    }

    [Fact]
    public async Task Signing_out_ends_only_this_browser_and_the_profile_signs_another_one_out()
    {
        var laptop = await ui.NewPageAsync();
        var phone = await ui.NewPageAsync();
        var tablet = await ui.NewPageAsync();
        foreach (var page in new[] { laptop, phone, tablet })
        {
            await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
            await WatchkeeperUi.WaitForAppAsync(page);
        }

        await tablet.GotoAsync("/logout");
        await tablet.GetByTestId("sign-out").ClickAsync();
        await Expect(tablet.GetByTestId("notice")).ToContainTextAsync("signed out");

        await laptop.GotoAsync("/profile");
        await WatchkeeperUi.WaitForAppAsync(laptop);
        var sessions = laptop.GetByTestId("sessions-grid").Locator("tbody tr");
        await Expect(sessions).ToHaveCountAsync(2);
        await Expect(laptop.GetByTestId("current-session")).ToHaveCountAsync(1);
        await WatchkeeperUi.ScreenshotAsync(laptop, "21-sessions");

        await laptop.GetByTestId("end-session").ClickAsync();

        // The phone's open page is closed by the server, no reload needed; the laptop stays signed in.
        await phone.WaitForURLAsync("**/login**", new() { Timeout = Browser.PatienceMs });
        await Expect(sessions).ToHaveCountAsync(1);
        await Expect(laptop.GetByTestId("end-other-sessions")).ToBeDisabledAsync();
    }
}
