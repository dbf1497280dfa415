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

    [Fact]
    public async Task Vendors_and_contracts_change_in_place_and_a_renewal_leaves_the_ending_report()
    {
        using var admin = Server.AsAdmin();
        var (vendor, reference) = ($"vendor-{Guid.NewGuid():N}"[..16], $"R-{Guid.NewGuid():N}"[..11]);
        string Day(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await admin.RunAsync("inventory", "vendors", "create", vendor, "--website", "https://vendor.example")).Ok();
        var created = (await admin.RunAsync("inventory", "contracts", "create", reference, "--vendor", vendor, "--start", Day(-300), "--end", Day(20), "--json")).Ok();
        var id = created.Json.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var vendorChanged = (await admin.RunAsync("inventory", "vendors", "update", vendor, "--support-phone", "+49 30 1234", "--website", "", "--json")).Ok().Json;
        var stale = await admin.RunAsync("inventory", "contracts", "update", id, "--end", Day(400), "--if-version", "99");
        var renewed = (await admin.RunAsync("inventory", "contracts", "update", id, "--end", Day(400), "--cost", "1200", "--currency", "EUR", "--json")).Ok().Json;
        var ending = (await admin.RunAsync("inventory", "ending", "--days", "30")).Ok();
        var endingLater = (await admin.RunAsync("inventory", "contracts", "list", "--vendor", vendor, "--end-from", Day(399), "--kind", "Support")).Ok();
        var endingSoon = (await admin.RunAsync("inventory", "contracts", "list", "--vendor", vendor, "--ending-within", "30")).Ok();
        var withContracts = (await admin.RunAsync("inventory", "vendors", "list", "--has-contracts", "true", "--search", vendor)).Ok();
        var backwards = await admin.RunAsync("inventory", "contracts", "list", "--end-from", Day(10), "--end-to", Day(1));

        Assert.Contains(reference, endingLater.Output);
        Assert.DoesNotContain(reference, endingSoon.Output);
        Assert.Contains(vendor, withContracts.Output);
        Assert.NotEqual(0, backwards.ExitCode);
        Assert.Contains("endTo", backwards.Error);
        Assert.Equal("+49 30 1234", vendorChanged.GetProperty("supportPhone").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, vendorChanged.GetProperty("website").ValueKind);
        Assert.NotEqual(0, stale.ExitCode);
        Assert.Equal(Day(400), renewed.GetProperty("endDate").GetString());
        Assert.Equal(reference, renewed.GetProperty("reference").GetString());
        Assert.Equal("EUR", renewed.GetProperty("currency").GetString());
        Assert.DoesNotContain(reference, ending.Output);
    }
}
