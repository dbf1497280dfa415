using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class ContractTests(WatchkeeperFactory factory)
{
    private async Task<HttpClient> AdminAsync() => (await factory.AdminAsync()).Client;

    [Fact]
    public async Task Vendor_fields_are_checked_and_names_are_unique()
    {
        var client = await AdminAsync();
        var vendor = await client.VendorAsync();

        var errors = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/vendors",
            new { name = vendor.Name, website = "ftp://files.example", supportEmail = "not an address" }).FieldErrorsAsync();

        Assert.Equal(["name", "supportEmail", "website"], errors.Keys.Order());
        Assert.Equal("https://vendor.example", vendor.Website);
    }

    [Fact]
    public async Task Contract_rules_are_reported_on_their_fields()
    {
        var client = await AdminAsync();
        var vendor = await client.VendorAsync();
        var first = await client.ContractAsync(vendor.Id, ContractApi.Today.AddDays(100));

        var errors = await client.PostContractAsync(new
        {
            vendorId = vendor.Id, reference = first.Reference, startDate = "2026-05-01", endDate = "2026-04-30",
            currency = "eu1", coveredItemIds = new[] { 987654321L },
        }).FieldErrorsAsync();
        var costWithoutCurrency = await client.PostContractAsync(new { vendorId = vendor.Id, reference = "X", startDate = "2026-01-01", endDate = "2026-12-31", cost = 10 }).FieldErrorsAsync();
        var otherVendor = await client.PostContractAsync(new { vendorId = (await client.VendorAsync()).Id, reference = first.Reference, startDate = "2026-01-01", endDate = "2026-12-31" });

        Assert.Equal(["coveredItemIds", "currency", "endDate", "reference"], errors.Keys.Order());
        Assert.True(costWithoutCurrency.ContainsKey("currency"));
        Assert.Equal(HttpStatusCode.Created, otherVendor.StatusCode);
    }

    [Fact]
    public async Task A_vendor_with_contracts_stays_and_a_deleted_contract_leaves_no_references()
    {
        var client = await AdminAsync();
        var vendor = await client.VendorAsync();
        var device = await client.DeviceAsync(new { name = InventoryApi.Unique("srv") });
        var contract = await client.ContractAsync(vendor.Id, ContractApi.Today.AddDays(30), device.Id);
        var supported = await HttpJson.ReadAsync<DeviceDto>(await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/devices/{device.Id}",
            device.ToRequest() with { SupportContractId = contract.Id }), HttpStatusCode.OK);

        var vendorDelete = await client.DeleteAsync($"/api/v1/inventory/vendors/{vendor.Id}");
        var problem = await vendorDelete.ProblemAsync(HttpStatusCode.Conflict);
        var contractDelete = await client.DeleteAsync($"/api/v1/inventory/contracts/{contract.Id}");
        var after = await client.GetJsonAsync<DeviceDto>($"/api/v1/inventory/devices/{device.Id}");

        Assert.Equal(contract.Id, supported.SupportContract?.Id);
        Assert.Contains("contract", problem.Detail);
        Assert.Equal(HttpStatusCode.NoContent, contractDelete.StatusCode);
        Assert.Null(after.SupportContract);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/inventory/vendors/{vendor.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_ending_report_holds_today_and_day_n_and_nothing_outside()
    {
        var client = await AdminAsync();
        var vendor = await client.VendorAsync();
        var today = ContractApi.Today;
        var device = await client.DeviceAsync(new { name = InventoryApi.Unique("wty"), purchaseDate = today.AddYears(-3), warrantyEnd = today.AddDays(10) });
        var endsToday = await client.ContractAsync(vendor.Id, today, device.Id);
        var endsOnDayN = await client.ContractAsync(vendor.Id, today.AddDays(10));
        var endedYesterday = await client.ContractAsync(vendor.Id, today.AddDays(-1));
        var endsAfter = await client.ContractAsync(vendor.Id, today.AddDays(11));

        var report = await client.GetJsonAsync<EndingReportDto>("/api/v1/inventory/reports/ending?days=10");
        var mine = report.Entries.Where(e => e.Name == device.Name || e.Detail.StartsWith(vendor.Name, StringComparison.Ordinal)).ToList();
        var tooMany = await client.GetAsync("/api/v1/inventory/reports/ending?days=3651");

        Assert.Equal(today.AddDays(10), report.Until);
        Assert.Equal([endsToday.Reference, endsOnDayN.Reference, device.Name], mine.Select(e => e.Name));
        Assert.Equal(0, mine.Single(e => e.Name == endsToday.Reference).DaysRemaining);
        Assert.Equal(device.Id, Assert.Single(mine.Single(e => e.Name == endsToday.Reference).Covers).Id);
        Assert.Equal(EndingKind.Warranty, mine.Single(e => e.Name == device.Name).Kind);
        Assert.All(mine, e => Assert.Equal(e.EndDate.DayNumber - today.DayNumber, e.DaysRemaining));
        Assert.DoesNotContain(report.Entries, e => e.Name == endedYesterday.Reference || e.Name == endsAfter.Reference);
        Assert.True((await tooMany.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("days"));
    }

    [Fact]
    public async Task Another_organization_never_sees_vendors_contracts_or_their_report()
    {
        var admin = await factory.AdminAsync();
        var slug = $"client-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Client C", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
        var vendor = await theirs.VendorAsync();
        var contract = await theirs.ContractAsync(vendor.Id, ContractApi.Today.AddDays(5));
        var ours = admin.Client;

        Assert.Equal(HttpStatusCode.NotFound, (await ours.GetAsync($"/api/v1/inventory/vendors/{vendor.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ours.GetAsync($"/api/v1/inventory/contracts/{contract.Id}")).StatusCode);
        Assert.DoesNotContain((await ours.GetJsonAsync<EndingReportDto>("/api/v1/inventory/reports/ending")).Entries, e => e.Name == contract.Reference);
        Assert.True((await ours.PostContractAsync(new { vendorId = vendor.Id, reference = "R", startDate = "2026-01-01", endDate = "2026-12-31" }).FieldErrorsAsync()).ContainsKey("vendorId"));
    }
}

public sealed class ContractTestsOnSqlite(SqliteFactory f) : ContractTests(f), IClassFixture<SqliteFactory>;

public sealed class ContractTestsOnPostgres(PostgresFactory f) : ContractTests(f), IClassFixture<PostgresFactory>;
