using System.Globalization;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Vendors_contracts_custom_fields_and_the_ending_report()
    {
        using var admin = Server.AsAdmin();
        string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        var (vendor, device, reference, key) = (Name("vendor"), Name("srv"), Name("C"), Name("level"));
        var soon = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await admin.RunAsync("inventory", "custom-fields", "create", key, "--kind", "Choice", "--choice", "Gold,Silver")).Ok();
        (await admin.RunAsync("inventory", "devices", "create", device, "--field", $"{key}=gold")).Ok();
        (await admin.RunAsync("inventory", "vendors", "create", vendor, "--website", "https://vendor.example")).Ok();
        (await admin.RunAsync("inventory", "contracts", "create", reference, "--vendor", vendor, "--start", "2025-01-01", "--end", soon, "--covers", device)).Ok();

        var shown = (await admin.RunAsync("inventory", "devices", "show", device)).Ok();
        var ending = (await admin.RunAsync("inventory", "ending", "--days", "30")).Ok();
        var notYet = (await admin.RunAsync("inventory", "ending", "--days", "10")).Ok();
        var refused = await admin.RunAsync("inventory", "vendors", "delete", vendor);
        var badValue = await admin.RunAsync("inventory", "devices", "update", device, "--field", $"{key}=bronze");

        Assert.Contains($"{key}=Gold", shown.Output);
        Assert.Contains(reference, ending.Output);
        Assert.Contains(device, ending.Output);
        Assert.DoesNotContain(reference, notYet.Output);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.NotEqual(0, badValue.ExitCode);
        Assert.Contains("customFields." + key, badValue.Error);
    }
}
