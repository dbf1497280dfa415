using Microsoft.Playwright;

namespace Watchkeeper.BrowserTests;

/// <summary>The system Chromium, driven by Playwright. Browsers are never downloaded.</summary>
public static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>
    /// How long an action or assertion may wait. The suite runs on shared two-core machines where a load average of 20 has
    /// made a plain click wait over 15 s; a passing step never waits this long, so the patience costs nothing when all is well.
    /// </summary>
    public const int PatienceMs = 30_000;

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: install the Debian package 'chromium' (./test.sh does).");
        }
        Assertions.SetDefaultExpectTimeout(PatienceMs);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }
}
