using Microsoft.Playwright;

namespace Watchkeeper.BrowserTests;

/// <summary>What an administrator does on the users page.</summary>
public static class UsersPage
{
    public static async Task AddUserAsync(IPage page, string email, string name, string role)
    {
        await Dialog.OpenAsync(page, "add-user");
        await page.GetByTestId("user-email").FillAsync(email);
        await page.GetByTestId("user-name").FillAsync(name);
        await page.GetByTestId("user-password").FillAsync(WatchkeeperUi.Password);
        await Dialog.ChooseAsync(page, "role-picker", role);
        await Dialog.SubmitAsync(page);
    }

    /// <returns>The one-time invitation link the dialog shows.</returns>
    public static async Task<string> InviteAsync(IPage page, string email, string role)
    {
        await Dialog.OpenAsync(page, "invite-user");
        await page.GetByTestId("invite-email").FillAsync(email);
        await Dialog.ChooseAsync(page, "role-picker", role);
        var link = page.GetByTestId("invitation-link");
        await Dialog.SubmitAndShowAsync(page, link);
        return await link.InnerTextAsync();
    }
}
