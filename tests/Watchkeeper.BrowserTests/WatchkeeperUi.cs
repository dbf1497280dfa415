using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Watchkeeper.Testing;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>A real server and a browser, with the steps a person takes in the UI.</summary>
public sealed class WatchkeeperUi : IAsyncDisposable
{
    public const string Password = "correct horse battery staple";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private readonly string name;
    private static int started;
    private readonly List<string> browserErrors = [];
    private readonly List<IPage> pages = [];

    private WatchkeeperUi(string name, ServerProcess server, IPlaywright playwright, IBrowser browser)
    {
        this.name = name;
        Server = server;
        this.playwright = playwright;
        this.browser = browser;
    }

    public ServerProcess Server { get; }

    /// <param name="name">Names the logs kept under artifacts/logs.</param>
    /// <param name="environment">Extra server settings as environment variables.</param>
    public static async Task<WatchkeeperUi> StartAsync(string name, IReadOnlyDictionary<string, string>? environment = null)
    {
        var server = await ServerProcess.StartAsync(environment: environment);
        var (playwright, browser) = await Browser.LaunchAsync();
        return new WatchkeeperUi($"{name}-{Interlocked.Increment(ref started)}", server, playwright, browser);
    }

    /// <summary>A fresh browser profile: its own cookies, like another person's computer.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        context.SetDefaultTimeout(Browser.PatienceMs);
        var page = await context.NewPageAsync();
        pages.Add(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (browserErrors)
                {
                    browserErrors.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        return page;
    }

    /// <summary>The strict CSP must hold for the whole UI: a blocked script or style shows up as a console error.</summary>
    public IReadOnlyList<string> ContentSecurityViolations()
    {
        lock (browserErrors)
        {
            return browserErrors.Where(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        }
    }

    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>
    /// Waits until the live connection has rendered the page (the shell marks itself interactive)
    /// and the page has loaded what it shows: only then do clicks reach the server.
    /// </summary>
    public static async Task WaitForAppAsync(IPage page)
    {
        await page.WaitForSelectorAsync("main[data-interactive=true]");
        await Expect(page.Locator("main .wk-loading")).ToHaveCountAsync(0);
    }

    /// <summary>Opens an application page the way a typed address does, and waits until it can be used.</summary>
    public static async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForAppAsync(page);
    }

    /// <summary>
    /// Waits until the address is <paramref name="pathAndQuery"/>, where <c>*</c> stands for one value. Filters move
    /// within the page (the history API), so this watches the address rather than waiting for a page load, which a
    /// navigation inside the page may never report.
    /// </summary>
    public static Task ExpectAddressAsync(IPage page, string pathAndQuery)
    {
        var pattern = Regex.Escape(pathAndQuery).Replace(@"\*", "[^&/]*", StringComparison.Ordinal);
        return Expect(page).ToHaveURLAsync(new Regex($"^https?://[^/]+{pattern}$"));
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        // Let notifications and dialogs finish their entrance before the picture.
        await page.WaitForTimeoutAsync(400);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        // Where each browser ended up: the first thing to look at when a test fails.
        for (var i = 0; i < pages.Count; i++)
        {
            await pages[i].ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts("logs"), $"last-{name}-page{i + 1}.png") });
        }
        await browser.DisposeAsync();
        playwright.Dispose();
        await File.WriteAllLinesAsync(Path.Combine(RepositoryPaths.Artifacts("logs"), $"server-{name}.log"), Server.Output);
        await File.WriteAllLinesAsync(Path.Combine(RepositoryPaths.Artifacts("logs"), $"browser-{name}.log"), browserErrors);
        await Server.DisposeAsync();
    }
}
