using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>
/// Filling in and submitting the application's dialogs. A submit that the server refuses or
/// that fails validation leaves the dialog open; these helpers then fail at once with what the
/// dialog says, instead of a later assertion timing out without a reason.
/// </summary>
public static class Dialog
{
    /// <summary>The open dialog (Radzen renders one at a time here).</summary>
    public static ILocator Current(IPage page) => page.Locator(".rz-dialog");

    /// <summary>Clicks the opener and waits until the dialog is there and has taken the focus.</summary>
    public static async Task OpenAsync(IPage page, string openerTestId)
    {
        await page.GetByTestId(openerTestId).ClickAsync();
        await Expect(Current(page)).ToBeVisibleAsync();
        // The dialog focuses its first field once it has rendered. On a busy machine that comes late
        // and would pull the focus away mid-typing: "Vic Viewer" would land in the e-mail field.
        await page.WaitForFunctionAsync("() => document.querySelector('.rz-dialog')?.contains(document.activeElement) === true");
    }

    /// <summary>Picks an entry of a dropdown and waits until the dropdown shows it as chosen.</summary>
    public static async Task ChooseAsync(IPage page, string dropdownTestId, string text)
    {
        var dropdown = page.GetByTestId(dropdownTestId);
        // Only the open list: every dropdown on the page (a filter behind a dialog too) renders its entries.
        var openList = page.Locator(".rz-dropdown-panel:visible");
        var entry = openList.Locator(".rz-dropdown-item", new LocatorLocatorOptions { HasText = text }).First;
        // The list opens after a round trip to the server, which a busy machine makes slow, and it
        // can close again while the dialog still renders. Open it again only when none is open.
        var deadline = DateTime.UtcNow.AddMilliseconds(Browser.PatienceMs * 2);
        var clicked = DateTime.MinValue;
        while (!await entry.IsVisibleAsync())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The list of '{dropdownTestId}' never showed '{text}'.");
            if (DateTime.UtcNow - clicked > TimeSpan.FromSeconds(5) && await openList.CountAsync() == 0)
            {
                await dropdown.ClickAsync();
                clicked = DateTime.UtcNow;
            }
            await page.WaitForTimeoutAsync(200);
        }
        await entry.ClickAsync();
        await Expect(dropdown).ToContainTextAsync(text);
    }

    /// <summary>Types a number into a numeric field and leaves it, so that the field reports the value before the next step.</summary>
    public static async Task NumberAsync(IPage page, string testId, string value)
    {
        // Radzen puts test ids on the numeric's wrapper, not on its input.
        var input = page.GetByTestId(testId).Locator("input").Or(page.Locator($"input[data-testid={testId}]")).First;
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    /// <summary>Answers a confirmation with its button for yes and waits until it has closed.</summary>
    public static async Task ConfirmAsync(IPage page, string yes)
    {
        var dialog = Current(page);
        await dialog.GetByRole(AriaRole.Button, new() { Name = yes, Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>Submits the dialog's form and waits until the dialog has closed.</summary>
    public static Task SubmitAsync(IPage page) => SubmitAsync(page, "dialog-submit", done: null);

    /// <summary>Submits the dialog's form and waits until the dialog shows its result (e.g. a secret shown once).</summary>
    public static Task SubmitAndShowAsync(IPage page, ILocator result) => SubmitAsync(page, "dialog-submit", result);

    /// <summary>Clicks a button of the dialog that ends it (e.g. "Done" under a result) and waits until it has closed.</summary>
    public static Task CloseWithAsync(IPage page, string buttonTestId) => SubmitAsync(page, buttonTestId, done: null);

    private static async Task SubmitAsync(IPage page, string buttonTestId, ILocator? done)
    {
        var dialog = Current(page);
        await dialog.GetByTestId(buttonTestId).ClickAsync();
        var deadline = DateTime.UtcNow.AddMilliseconds(Browser.PatienceMs);
        while (DateTime.UtcNow < deadline)
        {
            if (done is null ? await dialog.CountAsync() == 0 : await done.IsVisibleAsync())
            {
                return;
            }
            if (await RefusalAsync(dialog) is { } refusal)
            {
                Assert.Fail($"The dialog refused the submit: {refusal}");
            }
            await page.WaitForTimeoutAsync(100);
        }
        var text = await dialog.CountAsync() == 0 ? "(closed)" : await dialog.InnerTextAsync();
        Assert.Fail($"The dialog did not {(done is null ? "close" : "show its result")} within {Browser.PatienceMs / 1000} s. It says: {text}");
    }

    // The server's reason (ErrorAlert) or a validator's message: the dialog will not go on by itself.
    private static async Task<string?> RefusalAsync(ILocator dialog)
    {
        var messages = dialog.Locator("[data-testid=dialog-error], .rz-messages-error");
        foreach (var message in await messages.AllAsync())
        {
            if (await message.IsVisibleAsync())
            {
                return await dialog.InnerTextAsync();
            }
        }
        return null;
    }
}
