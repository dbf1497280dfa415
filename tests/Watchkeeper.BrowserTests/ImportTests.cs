using System.Text;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Watchkeeper.BrowserTests;

/// <summary>Someone imports a device file from the Import page: the dry run points at the bad row by line, the fixed file imports, and the list exports what it shows.</summary>
public sealed class ImportTests : IAsyncLifetime
{
    private const string Header = "name,kind,serial,status";
    private WatchkeeperUi ui = null!;

    public async Task InitializeAsync()
    {
        ui = await WatchkeeperUi.StartAsync("import");
        (await ApiSetup.CreateAdministratorAsync(ui.Server)).Dispose();
    }

    public async Task DisposeAsync() => await ui.DisposeAsync();

    [Fact]
    public async Task A_bad_row_is_shown_by_line_and_the_fixed_file_imports()
    {
        var page = await ui.NewPageAsync();
        await WatchkeeperUi.SignInAsync(page, ApiSetup.AdminEmail);
        await WatchkeeperUi.WaitForAppAsync(page);
        await WatchkeeperUi.GoToAsync(page, "/inventory/import");
        await Expect(page.GetByTestId("empty-state")).ToBeVisibleAsync();
        Assert.Equal("/api/v1/inventory/export/devices?format=csv", await page.GetByTestId("import-template").GetAttributeAsync("href"));

        await ChooseFileAsync(page, "devices.csv", "imp-web-01,Server,SN-IW1,Active", "imp-web-02,Toaster,SN-IW2,Active", "imp-sw-01,Switch,SN-IS1,Active");
        await page.GetByTestId("dry-run").ClickAsync();
        var errors = page.GetByTestId("import-errors");
        await Expect(errors).ToContainTextAsync("Toaster");
        await Expect(errors.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(errors.Locator("tbody tr td").First).ToHaveTextAsync("3");
        await Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("Dry run: nothing was written");
        await Expect(page.GetByTestId("import-changes")).ToContainTextAsync("imp-sw-01");
        await WatchkeeperUi.ScreenshotAsync(page, "import-00-row-error");

        await ChooseFileAsync(page, "devices-fixed.csv", "imp-web-01,Server,SN-IW1,Active", "imp-web-02,Server,SN-IW2,Active", "imp-sw-01,Switch,SN-IS1,Active");
        await page.GetByTestId("run-import").ClickAsync();
        await Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("Imported");
        await Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("3 created");
        await WatchkeeperUi.ScreenshotAsync(page, "import-01-imported");

        await WatchkeeperUi.GoToAsync(page, "/inventory/devices?kind=Server");
        var grid = page.GetByTestId("devices-grid");
        await Expect(grid).ToContainTextAsync("imp-web-02");
        await Expect(grid).Not.ToContainTextAsync("imp-sw-01");
        Assert.Equal("/api/v1/inventory/export/devices?kind=Server&format=csv", await page.GetByTestId("export-csv").GetAttributeAsync("href"));
        var export = await page.APIRequest.GetAsync("/api/v1/inventory/export/devices?kind=Server&format=csv");
        var csv = await export.TextAsync();
        Assert.Contains("imp-web-02", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("imp-sw-01", csv, StringComparison.Ordinal);
        await WatchkeeperUi.ScreenshotAsync(page, "import-02-device-list-export");
        Assert.Empty(ui.ContentSecurityViolations());
    }

    private static async Task ChooseFileAsync(IPage page, string name, params string[] rows)
    {
        var content = string.Join('\n', [Header, .. rows]) + "\n";
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(content) });
        await Expect(page.GetByTestId("import-file-name")).ToHaveTextAsync(name);
    }
}
