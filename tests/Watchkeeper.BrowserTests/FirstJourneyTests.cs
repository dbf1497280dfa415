using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>
/// The first hour with Watchkeeper, in a real browser against the real server: setup link,
/// first administrator, colleagues with limited roles, an API token.
/// </summary>
public sealed class FirstJourneyTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;

    public async Task InitializeAsync() => ui = await WatchkeeperUi.StartAsync("first-journey");

    public async Task DisposeAsync() => await ui.DisposeAsync();

    [Fact]
    public async Task Administrator_sets_up_invites_and_each_colleague_sees_only_what_the_role_allows()
    {
        var admin = await ui.NewPageAsync();
        await CreateAdministratorAsync(admin);
        await WatchkeeperUi.SignInAsync(admin, "admin@example.test");
        await WatchkeeperUi.WaitForAppAsync(admin);
        await Expect(admin.GetByTestId("nav")).ToContainTextAsync("Administration");
        await Expect(admin.GetByTestId("getting-started")).ToContainTextAsync("Invite your colleagues");
        await WatchkeeperUi.ScreenshotAsync(admin, "03-overview-admin");

        await WatchkeeperUi.GoToAsync(admin, "/admin/users");
        await UsersPage.AddUserAsync(admin, "viewer@example.test", "Vic Viewer", "Viewer");
        await Expect(admin.GetByTestId("users-grid")).ToContainTextAsync("viewer@example.test");
        await WatchkeeperUi.ScreenshotAsync(admin, "04-users");

        var invitationLink = await UsersPage.InviteAsync(admin, "agent@example.test", "Support Agent");
        Assert.Contains("/invitation?token=", invitationLink, StringComparison.Ordinal);
        await WatchkeeperUi.ScreenshotAsync(admin, "05-invitation-link");
        await Dialog.CloseWithAsync(admin, "dialog-done");

        var secret = await CreatePersonalTokenAsync(admin);
        await WatchkeeperUi.ScreenshotAsync(admin, "06-token-created");
        using (var api = ui.Server.CreateClient())
        {
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            Assert.True((await api.GetAsync("/api/v1/me")).IsSuccessStatusCode, "The token shown once must work against the API.");
        }
        await Dialog.CloseWithAsync(admin, "dialog-done");

        await admin.GetByTestId("theme-toggle").ClickAsync();
        await Expect(admin.Locator("#radzen-theme-link")).ToHaveAttributeAsync("href", new Regex("standard-dark"));
        await WatchkeeperUi.GoToAsync(admin, "/admin/audit");
        await Expect(admin.Locator("#radzen-theme-link")).ToHaveAttributeAsync("href", new Regex("standard-dark"));
        await Expect(admin.GetByTestId("audit-grid")).ToContainTextAsync("api_token.created");
        await admin.Locator("[data-testid=audit-grid] tr", new() { HasText = "api_token.created" }).Locator(".rz-row-toggler").ClickAsync();
        await Expect(admin.GetByTestId("audit-changes")).ToBeVisibleAsync();
        await WatchkeeperUi.ScreenshotAsync(admin, "07-audit-dark");
        await admin.GetByTestId("theme-toggle").ClickAsync();
        await Expect(admin.Locator("#radzen-theme-link")).Not.ToHaveAttributeAsync("href", new Regex("standard-dark"));

        await CreateTeamAsync(admin);
        await CreateRoleAsync(admin);
        await CreateOrganizationAsync(admin);

        await SignOutAsync(admin);
        await WatchkeeperUi.ScreenshotAsync(admin, "11-signed-out");

        var agent = await ui.NewPageAsync();
        await agent.GotoAsync(invitationLink);
        await Expect(agent.Locator("h1")).ToContainTextAsync("Join");
        await WatchkeeperUi.ScreenshotAsync(agent, "12-accept-invitation");
        await agent.FillAsync("#display-name", "Sam Support");
        await agent.FillAsync("#password", WatchkeeperUi.Password);
        await agent.FillAsync("#repeat-password", WatchkeeperUi.Password);
        await agent.ClickAsync("button[type=submit]");
        await Expect(agent.GetByTestId("notice")).ToContainTextAsync("account is ready");
        await WatchkeeperUi.SignInAsync(agent, "agent@example.test");
        await WatchkeeperUi.WaitForAppAsync(agent);
        await Expect(agent.GetByTestId("nav")).ToContainTextAsync("Users");
        await Expect(agent.GetByTestId("nav")).Not.ToContainTextAsync("Administration");
        await WatchkeeperUi.ScreenshotAsync(agent, "13-overview-support-agent");

        var viewer = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(viewer, "viewer@example.test");
        await WatchkeeperUi.WaitForAppAsync(viewer);
        await Expect(viewer.GetByTestId("nav")).Not.ToContainTextAsync("Administration");
        await WatchkeeperUi.GoToAsync(viewer, "/admin/users");
        await Expect(viewer.GetByTestId("users-grid")).ToContainTextAsync("admin@example.test");
        await Expect(viewer.GetByTestId("invite-user")).ToHaveCountAsync(0);
        await WatchkeeperUi.ScreenshotAsync(viewer, "14-users-read-only");
        await WatchkeeperUi.GoToAsync(viewer, "/admin/audit");
        await Expect(viewer.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(viewer.GetByTestId("audit-grid")).ToHaveCountAsync(0);
        await WatchkeeperUi.ScreenshotAsync(viewer, "15-viewer-access-denied");

        Assert.Empty(ui.ContentSecurityViolations());
    }

    private async Task CreateAdministratorAsync(IPage page)
    {
        await page.GotoAsync(await ui.Server.SetupLinkAsync());
        await WatchkeeperUi.ScreenshotAsync(page, "01-setup");
        await page.FillAsync("#email", "admin@example.test");
        await page.FillAsync("#display-name", "Ada Admin");
        await page.FillAsync("#password", WatchkeeperUi.Password);
        await page.FillAsync("#repeat-password", WatchkeeperUi.Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("administrator account is ready");
        await WatchkeeperUi.ScreenshotAsync(page, "02-login");
    }

    private static async Task<string> CreatePersonalTokenAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/profile");
        await Dialog.OpenAsync(page, "new-personal-token");
        await page.GetByTestId("token-name").FillAsync("backup script");
        await Dialog.SubmitAndShowAsync(page, page.GetByTestId("token-secret"));
        var secret = await page.GetByTestId("token-secret").InnerTextAsync();
        Assert.StartsWith("wk_", secret, StringComparison.Ordinal);
        return secret;
    }

    private static async Task CreateTeamAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/admin/teams");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No teams yet. Create a team to assign on-call and tickets.");
        await Dialog.OpenAsync(page, "new-team");
        await page.GetByTestId("team-name").FillAsync("Network operations");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("teams-grid")).ToContainTextAsync("Network operations");
        await WatchkeeperUi.ScreenshotAsync(page, "08-teams");
    }

    // A custom role from the permission picker: what the editor does not hold cannot be ticked.
    private static async Task CreateRoleAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/admin/roles");
        await Dialog.OpenAsync(page, "new-role");
        await page.GetByTestId("role-name").FillAsync("Auditor");
        await page.Locator("label.wk-perm", new() { HasText = "platform.audit.read" }).Locator(".rz-chkbox-box").ClickAsync();
        await page.Locator("label.wk-perm", new() { HasText = "platform.users.read" }).Locator(".rz-chkbox-box").ClickAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "09-custom-role");
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("roles-grid").Locator("tr", new() { HasText = "Auditor" })).ToContainTextAsync("2");
    }

    // A second organization: the header then offers a switcher, and the page reloads into the new one.
    private static async Task CreateOrganizationAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/admin/organizations");
        await Dialog.OpenAsync(page, "new-organization");
        await page.GetByTestId("organization-name").FillAsync("Contoso Ltd");
        await Dialog.SubmitAsync(page);
        // The page reloads into the new organization: only then is there a switcher.
        await Expect(page.GetByTestId("org-switcher")).ToContainTextAsync("Contoso Ltd");
        await WatchkeeperUi.WaitForAppAsync(page);
        await Expect(page.GetByTestId("organizations-grid").Locator("tr", new() { HasText = "Contoso Ltd" })).ToContainTextAsync("current");
        await WatchkeeperUi.ScreenshotAsync(page, "10-organizations");
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByText("Sign out").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("signed out");
    }
}
