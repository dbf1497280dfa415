using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>
/// A week later: the administrator looks after what the first day created. The colleagues,
/// team, role and token come from the API, so the browser does only the looking after.
/// </summary>
public sealed class AdministrationJourneyTests : IAsyncLifetime
{
    private WatchkeeperUi ui = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("administration");
        api = await ApiSetup.CreateAdministratorAsync(ui.Server);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await ui.DisposeAsync();
    }

    [Fact]
    public async Task Administrator_looks_after_users_roles_teams_tokens_events_and_the_organization()
    {
        await ArrangeAsync();
        var admin = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(admin, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(admin);

        await UnknownAddressAsync(admin);
        await UsersAsync(admin);
        await AuditPagesAsync(admin);
        await EditRoleAsync(admin);
        await EditTeamAsync(admin);
        await RevokeTokenAsync(admin);
        await RetryFailedEventAsync(admin);
        await RenameOrganizationAsync(admin);

        Assert.Empty(ui.ContentSecurityViolations());
    }

    private async Task ArrangeAsync()
    {
        var viewer = await ApiSetup.CreateUserAsync(api, "viewer@example.test", "Vic Viewer", "Viewer");
        var leaver = await ApiSetup.CreateUserAsync(api, "leaver@example.test", "Lee Leaver", "IT Operator");
        (await api.PatchAsJsonAsync($"/api/v1/users/{leaver}", new { disabled = true })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/teams", new { name = "Network operations" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/roles", new { name = "Auditor", permissions = new[] { "platform.audit.read" } })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/tokens", new { name = "old script" })).EnsureSuccessStatusCode();
        // More than one page of audit entries (50 a page).
        for (var i = 1; i <= 55; i++)
        {
            (await api.PatchAsJsonAsync($"/api/v1/users/{viewer}", new { displayName = $"Vic Viewer {i}" })).EnsureSuccessStatusCode();
        }
        await FailedEvent.ParkAsync(ui.Server);
    }

    // Typed by hand: the styled page, and still a 404 for anything that checks.
    private static async Task UnknownAddressAsync(IPage page)
    {
        var response = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToContainTextAsync("Page not found");
        await WatchkeeperUi.ScreenshotAsync(page, "30-not-found");
    }

    private static async Task UsersAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/admin/users");
        var grid = page.GetByTestId("users-grid");
        await Dialog.OpenAsync(page, "rename-viewer@example.test");
        await page.GetByTestId("user-display-name").FillAsync("Victoria Viewer");
        await Dialog.SubmitAsync(page);
        await Expect(grid).ToContainTextAsync("Victoria Viewer");

        await Dialog.ChooseAsync(page, "role-filter", "Viewer");
        await Expect(grid).Not.ToContainTextAsync("admin@example.test");
        await Expect(grid).ToContainTextAsync("viewer@example.test");
        await page.GetByTestId("role-filter").Locator(".rz-dropdown-clear-icon").ClickAsync();
        await Dialog.ChooseAsync(page, "status-filter", "Disabled");
        await Expect(grid).ToContainTextAsync("leaver@example.test");
        await Expect(grid).Not.ToContainTextAsync("viewer@example.test");
        await WatchkeeperUi.ScreenshotAsync(page, "31-users-filtered");
    }

    // Keyset pages: older and back to newer, with the row details still opening.
    private static async Task AuditPagesAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/admin/audit");
        var pager = page.GetByTestId("audit-pager");
        var grid = page.GetByTestId("audit-grid");
        // The renames fill the newest page; what was arranged before them is older.
        await Expect(pager.GetByTestId("page-number")).ToHaveTextAsync("Page 1");
        await Expect(grid).ToContainTextAsync("user.updated");
        await Expect(grid).Not.ToContainTextAsync("api_token.created");
        await pager.GetByTestId("page-next").ClickAsync();
        await Expect(pager.GetByTestId("page-number")).ToHaveTextAsync("Page 2");
        await Expect(grid).ToContainTextAsync("api_token.created");
        await grid.Locator("tr", new() { HasText = "team.created" }).Locator(".rz-row-toggler").ClickAsync();
        await Expect(page.GetByTestId("audit-changes")).ToBeVisibleAsync();
        await pager.ScrollIntoViewIfNeededAsync();
        await WatchkeeperUi.ScreenshotAsync(page, "32-audit-older-page");
        await pager.GetByTestId("page-previous").ClickAsync();
        await Expect(pager.GetByTestId("page-number")).ToHaveTextAsync("Page 1");
        await Expect(grid).Not.ToContainTextAsync("api_token.created");
    }

    private static async Task EditRoleAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/admin/roles");
        await Dialog.OpenAsync(page, "edit-role-Auditor");
        await page.Locator("label.wk-perm", new() { HasText = "platform.teams.read" }).Locator(".rz-chkbox-box").ClickAsync();
        await Dialog.SubmitAsync(page);
        await Expect(page.GetByTestId("roles-grid").Locator("tr", new() { HasText = "Auditor" })).ToContainTextAsync("2");
    }

    private static async Task EditTeamAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/admin/teams");
        await Dialog.OpenAsync(page, "edit-team-Network operations");
        await Dialog.ChooseAsync(page, "team-lead", "Victoria Viewer");
        await page.GetByTestId("team-members").ClickAsync();
        await page.Locator(".rz-multiselect-item", new() { HasText = "Ada Admin" }).ClickAsync();
        // Closes the list (Escape would close the dialog).
        await Dialog.Current(page).Locator(".rz-dialog-titlebar").ClickAsync();
        await Expect(page.GetByTestId("team-members")).ToContainTextAsync("Ada Admin");
        await WatchkeeperUi.ScreenshotAsync(page, "33-team-edit");
        await Dialog.SubmitAsync(page);
        var row = page.GetByTestId("teams-grid").Locator("tr", new() { HasText = "Network operations" });
        await Expect(row).ToContainTextAsync("Victoria Viewer");
        await Expect(row).ToContainTextAsync("Ada Admin");
    }

    private static async Task RevokeTokenAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/profile");
        await page.GetByTestId("revoke-old script").ClickAsync();
        await Dialog.ConfirmAsync(page, "Revoke");
        await Expect(page.GetByTestId("tokens-grid")).Not.ToContainTextAsync("old script");
    }

    private static async Task RetryFailedEventAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/admin/events");
        await Expect(page.GetByTestId("events-grid")).ToContainTextAsync(FailedEvent.Type);
        await WatchkeeperUi.ScreenshotAsync(page, "34-failed-event");
        await page.GetByTestId($"retry-{FailedEvent.Type}").ClickAsync();
        // Queued again, it is no longer parked (it fails again later: nothing handles its type).
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("No failed background events");
    }

    private static async Task RenameOrganizationAsync(IPage page)
    {
        await WatchkeeperUi.GoToAsync(page, "/admin/organizations");
        await page.GetByTestId("organization-new-name").FillAsync("Acme Operations");
        await page.GetByTestId("rename-organization").ClickAsync();
        await Expect(page.GetByTestId("organizations-grid")).ToContainTextAsync("Acme Operations");
        await WatchkeeperUi.ScreenshotAsync(page, "35-organization-renamed");
    }
}
