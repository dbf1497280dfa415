namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Import_reports_row_errors_by_line_and_export_writes_what_import_reads()
    {
        using var admin = Server.AsAdmin();
        var (good, bad) = ($"site-{Guid.NewGuid():N}"[..14], $"site-{Guid.NewGuid():N}"[..14]);
        var file = Path.Combine(Path.GetTempPath(), $"sites-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"name,timeZone,description\n{good},UTC,\"two\nlines\"\n{bad},Mars/Olympus,\n");

        var refused = await admin.RunAsync("inventory", "import", file, "--type", "sites");
        await File.WriteAllTextAsync(file, $"name,timeZone\n{good},UTC\n");
        var imported = (await admin.RunAsync("inventory", "import", file, "--type", "sites")).Ok();
        var exported = (await admin.RunAsync("inventory", "export", "--type", "sites")).Ok();
        File.Delete(file);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("line 4: timeZone:", refused.Error);
        Assert.Contains("1 to create", imported.Output);
        Assert.StartsWith("name,timeZone,address", exported.Output);
        Assert.Contains($"{good},UTC", exported.Output);
    }
}
