using System.Globalization;
using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory.Transfer;

namespace Watchkeeper.Tests.Inventory;

public abstract class ContractListTests(WatchkeeperFactory factory)
{
    private static readonly DateOnly Today = ContractApi.Today;

    private static string Day(int fromToday) => Today.AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<ContractDto> ContractAsync(HttpClient client, long vendorId, string reference, string kind, int endsIn, params long[] coveredItemIds) =>
        client.PostJsonAsync<ContractDto>("/api/v1/inventory/contracts",
            new { vendorId, reference, kind, startDate = Day(endsIn - 365), endDate = Day(endsIn), coveredItemIds }, HttpStatusCode.Created);

    private static async Task<string[]> ReferencesAsync(HttpClient client, string query) =>
        [.. (await client.GetJsonAsync<Page<ContractDto>>($"/api/v1/inventory/contracts?{query}")).Items.Select(c => c.Reference).Order()];

    [Fact]
    public async Task The_contract_list_and_its_export_filter_by_vendor_kind_item_and_end_date()
    {
        var client = await factory.NewOrganizationAsync();
        var (acme, globex) = (await client.VendorAsync("Acme"), await client.VendorAsync("Globex"));
        var device = await client.DeviceAsync(new { name = "db-01" });
        await ContractAsync(client, acme.Id, "A-SUPPORT", "Support", 10, device.Id);
        await ContractAsync(client, acme.Id, "A-LICENCE", "Licence", 100);
        await ContractAsync(client, globex.Id, "G-ENDED", "Support", -5);
        await ContractAsync(client, globex.Id, "G-MAINT", "Maintenance", 400);

        Assert.Equal(["A-LICENCE", "A-SUPPORT"], await ReferencesAsync(client, $"vendorId={acme.Id}"));
        Assert.Equal(["A-LICENCE"], await ReferencesAsync(client, "kind=Licence"));
        Assert.Equal(["A-SUPPORT"], await ReferencesAsync(client, $"itemId={device.Id}"));
        Assert.Equal(["A-SUPPORT"], await ReferencesAsync(client, "endingWithin=30"));
        Assert.Equal(["A-LICENCE", "A-SUPPORT"], await ReferencesAsync(client, "endingWithin=100"));
        Assert.Equal(["A-LICENCE", "G-MAINT"], await ReferencesAsync(client, $"endFrom={Day(50)}&endTo={Day(400)}"));
        Assert.Equal(["G-ENDED"], await ReferencesAsync(client, $"endTo={Day(-1)}"));
        Assert.Equal(["G-MAINT"], await ReferencesAsync(client, $"vendorId={globex.Id}&endFrom={Day(0)}"));

        var exported = await client.ExportAsync("contracts", $"&vendorId={acme.Id}&endingWithin=30");
        Assert.Contains("A-SUPPORT", exported);
        Assert.Contains("db-01", exported);
        Assert.DoesNotContain("A-LICENCE", exported);
        Assert.DoesNotContain("G-", exported);
    }

    [Fact]
    public async Task Bad_contract_filters_are_field_errors_on_the_list_and_the_export()
    {
        var client = await factory.NewOrganizationAsync();
        const string List = "/api/v1/inventory/contracts";

        var tooFar = await client.GetAsync($"{List}?endingWithin=3651").FieldErrorsAsync();
        var backwards = await client.GetAsync($"{List}?endFrom=2026-05-01&endTo=2026-04-30").FieldErrorsAsync();
        var kind = await client.GetAsync($"{List}?kind=Lease").FieldErrorsAsync();
        var date = await client.GetAsync($"{List}?endFrom=someday").FieldErrorsAsync();
        var exported = await client.GetAsync("/api/v1/inventory/export/contracts?format=csv&kind=Lease&endingWithin=-1&endFrom=someday").FieldErrorsAsync();
        var exportedBackwards = await client.GetAsync("/api/v1/inventory/export/contracts?endFrom=2026-05-01&endTo=2026-04-30").FieldErrorsAsync();

        Assert.Contains("3650", Assert.Single(tooFar["endingWithin"]));
        Assert.Equal(["endTo"], backwards.Keys);
        Assert.Contains("Licence", Assert.Single(kind["kind"]));
        Assert.Equal("Use a date like 2026-01-31.", Assert.Single(date["endFrom"]));
        Assert.Equal(["endFrom", "endingWithin", "kind"], exported.Keys.Order());
        Assert.Equal(["endTo"], exportedBackwards.Keys);
    }

    [Fact]
    public async Task The_vendor_list_and_its_export_filter_by_name_account_and_contracts()
    {
        var client = await factory.NewOrganizationAsync();
        await client.PostJsonAsync<VendorDto>("/api/v1/inventory/vendors", new { name = "Acme Networks", accountNumber = "CUST-991" }, HttpStatusCode.Created);
        var globex = await client.VendorAsync("Globex");
        await client.VendorAsync("Initech");
        await ContractAsync(client, globex.Id, "G-1", "Support", 30);

        async Task<string[]> NamesAsync(string query) =>
            [.. (await client.GetJsonAsync<Page<VendorDto>>($"/api/v1/inventory/vendors?{query}")).Items.Select(v => v.Name)];

        Assert.Equal(["Acme Networks"], await NamesAsync("q=cust-99"));
        Assert.Equal(["Globex"], await NamesAsync("hasContracts=true"));
        Assert.Equal(["Acme Networks", "Initech"], await NamesAsync("hasContracts=false"));
        var exported = await client.ExportAsync("vendors", "&hasContracts=false&q=init");
        var wrongList = await client.GetAsync("/api/v1/inventory/vendors?hasContracts=maybe").FieldErrorsAsync();
        var wrongExport = await client.GetAsync("/api/v1/inventory/export/vendors?hasContracts=maybe").FieldErrorsAsync();

        Assert.Contains("Initech", exported);
        Assert.DoesNotContain("Globex", exported);
        Assert.DoesNotContain("Acme", exported);
        Assert.Equal("Use true or false.", Assert.Single(wrongList["hasContracts"]));
        Assert.Equal(["hasContracts"], wrongExport.Keys);
    }
}

public sealed class ContractListTestsOnSqlite(SqliteFactory f) : ContractListTests(f), IClassFixture<SqliteFactory>;

public sealed class ContractListTestsOnPostgres(PostgresFactory f) : ContractListTests(f), IClassFixture<PostgresFactory>;
