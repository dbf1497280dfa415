using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>An open page must not outlive the session behind it: disabling a user closes their live page at once.</summary>
public sealed class LiveSessionTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("live-session");
        api = ui.Server.CreateClient();
        var token = new Uri(await ui.Server.SetupLinkAsync()).Query.Split("token=")[1];
        (await api.PostAsJsonAsync("/api/v1/setup", new { token = Uri.UnescapeDataString(token), email = "admin@example.test", displayName = "Ada Admin", password = WatchkeeperUi.Password })).EnsureSuccessStatusCode();
        var login = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = "admin@example.test", password = WatchkeeperUi.Password, tokenName = "browser test" });
        var secret = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task Disabling_a_user_sends_their_open_page_to_the_login_within_seconds()
    {
        var userId = await CreateUserAsync("operator@example.test", "IT Operator");
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, "operator@example.test");
        await WatchkeeperUi.WaitForAppAsync(page);
        await page.GotoAsync("/admin/teams");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No teams yet");
        await WatchkeeperUi.ScreenshotAsync(page, "13-operator-before-disable");

        (await api.PatchAsJsonAsync($"/api/v1/users/{userId}", new { disabled = true })).EnsureSuccessStatusCode();

        // No reload, no click: the server closes the live connection and the page goes to the login.
        await page.WaitForURLAsync("**/login**", new() { Timeout = 5_000 });
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("session has ended");
        await WatchkeeperUi.ScreenshotAsync(page, "14-operator-kicked-out");

        await WatchkeeperUi.SignInAsync(page, "operator@example.test");
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("disabled");
        await WatchkeeperUi.ScreenshotAsync(page, "15-disabled-login");
    }

    private async Task<long> CreateUserAsync(string email, string roleName)
    {
        var roles = await api.GetFromJsonAsync<JsonElement>("/api/v1/roles");
        var roleId = roles.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("name").GetString() == roleName).GetProperty("id").GetInt64();
        var created = await api.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Olly Operator", password = WatchkeeperUi.Password, roleId });
        return (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
