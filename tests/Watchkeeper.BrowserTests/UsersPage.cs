using Microsoft.Playwright;

namespace Watchkeeper.BrowserTests;

/// <summary>What an administrator does on the users page.</summary>
public static class UsersPage
{
    public static async Task AddUserAsync(IPage page, string email, string name, string role)
    {
        await page.GetByTestId("add-user").ClickAsync();
        await page.GetByTestId("user-email").FillAsync(email);
        await page.GetByTestId("user-name").FillAsync(name);
        await page.GetByTestId("user-password").FillAsync(WatchkeeperUi.Password);
        await ChooseRoleAsync(page, role);
        await page.GetByTestId("dialog-submit").ClickAsync();
    }

    /// <returns>The one-time invitation link the dialog shows.</returns>
    public static async Task<string> InviteAsync(IPage page, string email, string role)
    {
        await page.GetByTestId("invite-user").ClickAsync();
        await page.GetByTestId("invite-email").FillAsync(email);
        await ChooseRoleAsync(page, role);
        await page.GetByTestId("dialog-submit").ClickAsync();
        return await page.GetByTestId("invitation-link").InnerTextAsync();
    }

    private static async Task ChooseRoleAsync(IPage page, string role)
    {
        await page.GetByTestId("role-picker").ClickAsync();
        await page.Locator(".rz-dropdown-item", new PageLocatorOptions { HasText = role }).First.ClickAsync();
    }
}
