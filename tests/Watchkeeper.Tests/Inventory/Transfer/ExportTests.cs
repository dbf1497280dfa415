using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Transfer;

public abstract class ExportTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task Exported_devices_import_back_unchanged_and_an_edit_is_one_update()
    {
        var client = await factory.NewOrganizationAsync();
        var site = await client.SiteAsync();
        var rack = await client.RackAsync(site.Id);
        var type = await client.DeviceTypeAsync();
        await client.DeviceAsync(new { name = "db-1", siteId = site.Id, rackId = rack.Id, deviceTypeId = type.Id, position = 3, serial = "SN1", tags = new[] { "b", "a" }, description = "one, \"two\"\nthree" });
        await client.DeviceAsync(new { name = "db-2", kind = "Router", warrantyEnd = "2030-01-31", memoryMb = 2048 });

        var exported = await client.ExportAsync("devices");
        var again = await client.ImportAsync("devices", exported);
        var edited = await client.ImportAsync("devices", exported.Replace("db-2,Router", "db-2,Firewall"));

        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        var update = Assert.Single(edited.Changes);
        Assert.Equal(("db-2", ImportAction.Update, "kind"), (update.Key, update.Action, Assert.Single(update.Fields)));
    }

    [Fact]
    public async Task Sites_round_trip_through_json()
    {
        var client = await factory.NewOrganizationAsync();
        await client.SiteAsync("Lisbon");
        using var response = await client.GetAsync("/api/v1/inventory/export/sites?format=json");
        var json = await response.Content.ReadAsStringAsync();

        var again = await client.ImportAsync("sites", json, format: "json");

        Assert.Contains("\"name\":\"Lisbon\"", json);
        Assert.Equal(1, again.Unchanged);
    }

    [Fact]
    public async Task A_device_export_takes_the_device_lists_filters()
    {
        var client = await factory.NewOrganizationAsync();
        var (here, there) = (await client.SiteAsync(), await client.SiteAsync());
        await client.DeviceAsync(new { name = "here-1", siteId = here.Id });
        await client.DeviceAsync(new { name = "there-1", siteId = there.Id });

        var exported = await client.ExportAsync("devices", $"&siteId={here.Id}");
        var wrong = await client.GetAsync("/api/v1/inventory/export/devices?kind=Spaceship").FieldErrorsAsync();

        Assert.Contains("here-1", exported);
        Assert.DoesNotContain("there-1", exported);
        Assert.Contains("kind", wrong.Keys);
    }

    [Fact]
    public async Task A_vlan_export_takes_the_vlan_lists_filters()
    {
        var client = await factory.NewOrganizationAsync();
        var campus = await client.PostJsonAsync<VlanGroupDto>("/api/v1/inventory/vlan-groups", new { name = "campus" }, HttpStatusCode.Created);
        await client.PostJsonAsync<VlanDto>("/api/v1/inventory/vlans", new { vid = 10, name = "in-campus", groupId = campus.Id }, HttpStatusCode.Created);
        await client.PostJsonAsync<VlanDto>("/api/v1/inventory/vlans", new { vid = 10, name = "loose" }, HttpStatusCode.Created);

        var exported = await client.ExportAsync("vlans", $"&groupId={campus.Id}");
        var wrong = await client.GetAsync("/api/v1/inventory/export/vlans?vid=ten").FieldErrorsAsync();

        Assert.Contains("in-campus", exported);
        Assert.DoesNotContain("loose", exported);
        Assert.Contains("vid", wrong.Keys);
    }

    [Fact]
    public async Task A_prefix_export_takes_the_prefix_lists_filters()
    {
        var client = await factory.NewOrganizationAsync();
        var site = await client.SiteAsync();
        await client.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix = "10.1.0.0/16", siteId = site.Id, description = "at-site" }, HttpStatusCode.Created);
        await client.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix = "10.2.0.0/16", siteId = site.Id, status = "Reserved", description = "set-aside" }, HttpStatusCode.Created);
        await client.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix = "10.3.0.0/16", description = "elsewhere" }, HttpStatusCode.Created);

        var exported = await client.ExportAsync("prefixes", $"&siteId={site.Id}&status=Active&vrfId=0&family=IPv4");
        var wrong = await client.GetAsync("/api/v1/inventory/export/prefixes?status=Retired&family=IPv5&within=10.1.0.1/16&siteId=hq").FieldErrorsAsync();

        Assert.Contains("at-site", exported);
        Assert.DoesNotContain("set-aside", exported);
        Assert.DoesNotContain("elsewhere", exported);
        Assert.Equal(["family", "siteId", "status", "within"], wrong.Keys.Order());
    }

    [Fact]
    public async Task An_address_export_takes_the_address_lists_filters()
    {
        var client = await factory.NewOrganizationAsync();
        var device = await client.DeviceAsync(new { name = "web-01" });
        await client.PostJsonAsync<IpAddressDto>("/api/v1/inventory/ip-addresses", new { address = "10.20.3.1/24", itemId = device.Id, dnsName = "web.example.com" }, HttpStatusCode.Created);
        await client.PostJsonAsync<IpAddressDto>("/api/v1/inventory/ip-addresses", new { address = "10.20.3.77/24", dnsName = "printer.example.com" }, HttpStatusCode.Created);
        await client.PostJsonAsync<IpAddressDto>("/api/v1/inventory/ip-addresses", new { address = "10.30.0.1/24", itemId = device.Id, dnsName = "db.example.com" }, HttpStatusCode.Created);

        var exported = await client.ExportAsync("ip-addresses", $"&itemId={device.Id}&within=10.20.0.0/16");
        var searched = await client.ExportAsync("ip-addresses", "&q=printer");
        var wrong = await client.GetAsync("/api/v1/inventory/export/ip-addresses?itemId=web-01&status=Gone&within=10.20.3.1/16").FieldErrorsAsync();

        Assert.Contains("web.example.com", exported);
        Assert.DoesNotContain("printer", exported);
        Assert.DoesNotContain("db.example.com", exported);
        Assert.Contains("printer.example.com", searched);
        Assert.DoesNotContain("web.example.com", searched);
        Assert.Equal(["itemId", "status", "within"], wrong.Keys.Order());
    }

    [Fact]
    public async Task A_service_export_takes_the_service_lists_filters()
    {
        var client = await factory.NewOrganizationAsync();
        await client.ImportAsync("services", "name,kind\npayroll-app,Application\nintranet-app,Application\npayroll-db,Database\n");

        var exported = await client.ExportAsync("services", "&kind=Application&q=payroll");
        var wrong = await client.GetAsync("/api/v1/inventory/export/services?tier=7&visibleToRequesters=maybe").FieldErrorsAsync();

        Assert.Contains("payroll-app", exported);
        Assert.DoesNotContain("intranet", exported);
        Assert.DoesNotContain("payroll-db", exported);
        Assert.Equal(["tier", "visibleToRequesters"], wrong.Keys.Order());
    }
}

public sealed class ExportTestsOnSqlite(SqliteFactory factory) : ExportTests(factory), IClassFixture<SqliteFactory>;

public sealed class ExportTestsOnPostgres(PostgresFactory factory) : ExportTests(factory), IClassFixture<PostgresFactory>;
