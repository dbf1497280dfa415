using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory.Transfer;

namespace Watchkeeper.Tests.Inventory;

public abstract class DeviceTypeListTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task The_device_type_list_and_its_export_filter_by_manufacturer_and_height()
    {
        var client = await factory.NewOrganizationAsync();
        foreach (var (manufacturer, model, heightU) in new[] { ("Dell", "R650", 1), ("Dell", "R750", 2), ("Dell EMC", "PowerStore", 2), ("HPE", "DL380", 2) })
        {
            await client.PostJsonAsync<DeviceTypeDto>("/api/v1/inventory/device-types", new { manufacturer, model, heightU }, HttpStatusCode.Created);
        }

        async Task<string[]> ModelsAsync(string query) =>
            [.. (await client.GetJsonAsync<Page<DeviceTypeDto>>($"/api/v1/inventory/device-types?{query}")).Items.Select(t => t.Model).Order()];

        Assert.Equal(["R650", "R750"], await ModelsAsync("manufacturer=dell"));
        Assert.Equal(["DL380", "PowerStore", "R750"], await ModelsAsync("heightU=2"));
        Assert.Equal(["PowerStore", "R750"], await ModelsAsync("heightU=2&q=dell"));
        var exported = await client.ExportAsync("device-types", "&manufacturer=Dell&heightU=2");
        var wrongList = await client.GetAsync("/api/v1/inventory/device-types?heightU=61").FieldErrorsAsync();
        var wrongExport = await client.GetAsync("/api/v1/inventory/export/device-types?heightU=two").FieldErrorsAsync();

        Assert.Contains("R750", exported);
        Assert.DoesNotContain("R650", exported);
        Assert.DoesNotContain("PowerStore", exported);
        Assert.Contains("0 to 60", Assert.Single(wrongList["heightU"]));
        Assert.Equal(["heightU"], wrongExport.Keys);
    }
}

public sealed class DeviceTypeListTestsOnSqlite(SqliteFactory f) : DeviceTypeListTests(f), IClassFixture<SqliteFactory>;

public sealed class DeviceTypeListTestsOnPostgres(PostgresFactory f) : DeviceTypeListTests(f), IClassFixture<PostgresFactory>;
