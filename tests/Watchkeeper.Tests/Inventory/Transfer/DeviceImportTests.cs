using System.Net;
using System.Text;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Transfer;

/// <summary>
/// Devices import in bulk: their rules read facts loaded once and saves come a batch at a time,
/// so these check that rows of one file still see each other exactly as separate API calls would.
/// </summary>
public abstract class DeviceImportTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task Rows_of_one_file_see_each_other_under_the_device_rules()
    {
        var client = await factory.NewOrganizationAsync();
        var site = await client.SiteAsync();
        var rack = await client.RackAsync(site.Id);
        var type = await client.DeviceTypeAsync(heightU: 2, fullDepth: false);
        var typeName = $"{type.Manufacturer} {type.Model}";
        await client.DeviceAsync(new { name = "web-0", kind = "Server", siteId = site.Id, rackId = rack.Id, deviceTypeId = type.Id, position = 20 });
        var file = $"""
            name,serial,assetTag,site,rack,deviceType,position
            db-1,S1,A-1,,,,
            db-2,S1,A-2,,,,
            db-3,S3,A-1,,,,
            web-1,,,{site.Name},{rack.Name},{typeName},10
            web-2,,,{site.Name},{rack.Name},{typeName},11
            web-0,,,{site.Name},{rack.Name},{typeName},30
            web-3,,,{site.Name},{rack.Name},{typeName},20
            """;

        var refused = await client.RolledBackAsync("devices", file + "\n");

        Assert.Equal(
            [(3, "serial", "Another device already has the serial number 'S1'."), (4, "assetTag", "Another device already has the asset tag 'A-1'."), (6, "position", "")],
            refused.Errors.Select(e => (e.Line, e.Field, e.Field == "position" ? "" : e.Message)));
        Assert.Contains("overlap 'web-1'", refused.Errors[2].Message);
        Assert.Equal((3, 1, 3), (refused.Created, refused.Updated, refused.Failed));
        var devices = (await client.GetJsonAsync<Page<DeviceDto>>("/api/v1/inventory/devices")).Items;
        Assert.Equal(("web-0", 20), (Assert.Single(devices).Name, devices[0].Position));
    }

    [Fact]
    public async Task A_file_larger_than_a_batch_creates_updates_and_audits_every_row_with_its_type_interfaces()
    {
        var client = await factory.NewOrganizationAsync();
        var type = await client.PostJsonAsync<DeviceTypeDto>("/api/v1/inventory/device-types",
            new { manufacturer = "Acme", model = InventoryApi.Unique("m"), heightU = 1, interfaces = new[] { new { name = "eth0" }, new { name = "eth1" } } }, HttpStatusCode.Created);
        const int count = 1_200;
        string File(string os) => new StringBuilder("name,kind,deviceType,osName\n")
            .AppendJoin("", Enumerable.Range(1, count).Select(i => $"vm-{i:D4},VirtualMachine,{type.Manufacturer} {type.Model},{os}\n")).ToString();

        var created = await client.ImportAsync("devices", File("Debian"));
        var updated = await client.ImportAsync("devices", File("Ubuntu"));

        Assert.Equal((count, 0), (created.Created, created.Failed));
        Assert.Equal((count, 0), (updated.Updated, updated.Failed));
        var last = (await client.GetJsonAsync<Page<DeviceDto>>("/api/v1/inventory/devices?q=vm-1200")).Items.Single();
        Assert.Equal(("Ubuntu", 1), (last.OsName, last.Version));
        var interfaces = await client.GetJsonAsync<Page<InterfaceDto>>($"/api/v1/inventory/interfaces?deviceId={last.Id}");
        Assert.Equal(["eth0", "eth1"], interfaces.Items.Select(i => i.Name));
        var history = await client.GetJsonAsync<Page<AuditEntryDto>>($"/api/v1/audit?objectType=device&objectId={last.Id}");
        Assert.Equal(["device.updated", "device.created"], history.Items.Select(e => e.Action));
    }
}

public sealed class DeviceImportTestsOnSqlite(SqliteFactory factory) : DeviceImportTests(factory), IClassFixture<SqliteFactory>;

public sealed class DeviceImportTestsOnPostgres(PostgresFactory factory) : DeviceImportTests(factory), IClassFixture<PostgresFactory>;
