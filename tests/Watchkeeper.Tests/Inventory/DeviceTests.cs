using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class DeviceTests(WatchkeeperFactory factory)
{
    private async Task<HttpClient> AdminAsync() => (await factory.AdminAsync()).Client;

    [Fact]
    public async Task A_racked_device_takes_its_site_from_the_rack_and_shows_in_the_elevation()
    {
        var client = await AdminAsync();
        var site = await client.SiteAsync();
        var rack = await client.RackAsync(site.Id, heightU: 42);
        var type = await client.DeviceTypeAsync(heightU: 2);

        var device = await client.DeviceAsync(new { name = InventoryApi.Unique("db"), kind = "Server", deviceTypeId = type.Id, rackId = rack.Id, position = 10, primaryIp = "2001:DB8::10", serial = InventoryApi.Unique("SN") });
        var elevation = await client.GetJsonAsync<RackElevationDto>($"/api/v1/inventory/racks/{rack.Id}/elevation");

        Assert.Equal(site.Id, device.Site?.Id);
        Assert.Equal(RackFace.Front, device.Face);
        Assert.Equal(2, device.HeightU);
        Assert.Equal("2001:db8::10", device.PrimaryIp);
        Assert.Equal(2, elevation.Rack.UsedU);
        Assert.Equal(5, elevation.Rack.UtilizationPercent);
        Assert.Equal(device.Id, Assert.Single(elevation.Devices).Id);
    }

    [Fact]
    public async Task Placement_rules_are_reported_on_their_fields()
    {
        var client = await AdminAsync();
        var (site, other) = (await client.SiteAsync(), await client.SiteAsync());
        var rack = await client.RackAsync(site.Id, heightU: 10);
        var (twoU, zeroU) = (await client.DeviceTypeAsync(heightU: 2), await client.DeviceTypeAsync(heightU: 0));

        var beyondTop = await client.PostDeviceAsync(new { name = InventoryApi.Unique("a"), deviceTypeId = twoU.Id, rackId = rack.Id, position = 10 }).FieldErrorsAsync();
        var wrongSite = await client.PostDeviceAsync(new { name = InventoryApi.Unique("b"), siteId = other.Id, rackId = rack.Id }).FieldErrorsAsync();
        var noType = await client.PostDeviceAsync(new { name = InventoryApi.Unique("c"), rackId = rack.Id, position = 1 }).FieldErrorsAsync();
        var zeroWithPosition = await client.PostDeviceAsync(new { name = InventoryApi.Unique("d"), deviceTypeId = zeroU.Id, rackId = rack.Id, position = 1 }).FieldErrorsAsync();
        var noRack = await client.PostDeviceAsync(new { name = InventoryApi.Unique("e"), position = 1 }).FieldErrorsAsync();
        var pdu = await client.DeviceAsync(new { name = InventoryApi.Unique("pdu"), kind = "Pdu", deviceTypeId = zeroU.Id, rackId = rack.Id });

        Assert.Contains("would reach unit 11", beyondTop["position"][0]);
        Assert.Contains("must be at that site", wrongSite["rackId"][0]);
        Assert.Contains("device type", noType["deviceTypeId"][0]);
        Assert.Contains("0U", zeroWithPosition["position"][0]);
        Assert.Contains("rack", noRack["position"][0]);
        Assert.Null(pdu.Position);
    }

    [Fact]
    public async Task Full_depth_devices_block_both_faces_and_half_depth_ones_only_their_own()
    {
        var client = await AdminAsync();
        var rack = await client.RackAsync((await client.SiteAsync()).Id, heightU: 42);
        var (full, half) = (await client.DeviceTypeAsync(heightU: 2, fullDepth: true), await client.DeviceTypeAsync(heightU: 1, fullDepth: false));
        var server = await client.DeviceAsync(new { name = InventoryApi.Unique("srv"), deviceTypeId = full.Id, rackId = rack.Id, position = 20 });
        await client.DeviceAsync(new { name = InventoryApi.Unique("patch"), deviceTypeId = half.Id, rackId = rack.Id, position = 30, face = "Front" });

        var behindServer = await client.PostDeviceAsync(new { name = InventoryApi.Unique("x"), deviceTypeId = half.Id, rackId = rack.Id, position = 21, face = "Rear" }).FieldErrorsAsync();
        var behindPatch = await client.DeviceAsync(new { name = InventoryApi.Unique("y"), deviceTypeId = half.Id, rackId = rack.Id, position = 30, face = "Rear" });
        var samePlace = await client.PostDeviceAsync(new { name = InventoryApi.Unique("z"), deviceTypeId = half.Id, rackId = rack.Id, position = 30, face = "Front" }).FieldErrorsAsync();

        Assert.Contains(server.Name, behindServer["position"][0]);
        Assert.Contains("full depth", behindServer["position"][0]);
        Assert.Equal(RackFace.Rear, behindPatch.Face);
        Assert.Contains("on the front", samePlace["position"][0]);
    }

    [Fact]
    public async Task Identity_and_address_fields_are_checked()
    {
        var client = await AdminAsync();
        var serial = InventoryApi.Unique("SN");
        var first = await client.DeviceAsync(new { name = InventoryApi.Unique("n"), serial, assetTag = serial });

        var errors = await client.PostDeviceAsync(new
        {
            name = first.Name, serial, assetTag = serial, primaryIp = "10.1", hostname = "bad host",
            purchaseDate = "2025-05-01", warrantyEnd = "2024-05-01", ownerTeamId = 987654, tags = new[] { "has space" },
        }).FieldErrorsAsync();
        var unknownKind = await client.PostDeviceAsync(new { name = "k", kind = "Toaster" });

        foreach (var field in new[] { "name", "serial", "assetTag", "primaryIp", "hostname", "warrantyEnd", "ownerTeamId", "tags" })
        {
            Assert.True(errors.ContainsKey(field), $"no error for {field}: {string.Join(", ", errors.Keys)}");
        }
        await unknownKind.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_list_filters_and_finds_by_serial_asset_tag_ip_and_name()
    {
        var client = await AdminAsync();
        var site = await client.SiteAsync();
        var serial = InventoryApi.Unique("SER");
        var device = await client.DeviceAsync(new { name = InventoryApi.Unique("web"), kind = "VirtualMachine", siteId = site.Id, serial, assetTag = serial + "-T", primaryIp = "192.0.2.77", status = "Staged", tags = new[] { "Node-Exporter", "pci", "pci" } });
        await client.DeviceAsync(new { name = InventoryApi.Unique("other"), kind = "Router", siteId = site.Id });

        async Task<long[]> FindAsync(string query) =>
            (await client.GetJsonAsync<Page<DeviceDto>>($"/api/v1/inventory/devices?{query}")).Items.Select(d => d.Id).ToArray();

        Assert.Equal([device.Id], await FindAsync($"q={serial}"));
        Assert.Equal([device.Id], await FindAsync($"q={serial}-T"));
        Assert.Equal([device.Id], await FindAsync($"q=192.0.2.77&siteId={site.Id}"));
        Assert.Equal([device.Id], await FindAsync($"q={device.Name[..8].ToUpperInvariant()}&kind=VirtualMachine"));
        Assert.Equal([device.Id], await FindAsync($"siteId={site.Id}&status=Staged"));
        Assert.Equal([device.Id], await FindAsync($"siteId={site.Id}&tag=node-exporter"));
        Assert.Equal(["node-exporter", "pci"], device.Tags);
        Assert.Equal(2, (await FindAsync($"siteId={site.Id}")).Length);
    }

    [Fact]
    public async Task The_name_filter_finds_any_part_in_any_case_literally_and_follows_renames()
    {
        var client = await AdminAsync();
        var site = await client.SiteAsync();
        var stem = InventoryApi.Unique("Edge");
        var device = await client.DeviceAsync(new { name = $"{stem}-Fw \"50%_off\"", siteId = site.Id });
        await client.DeviceAsync(new { name = $"{stem}-Fw 5000 off", siteId = site.Id });

        async Task<long[]> FindAsync(string q) =>
            (await client.GetJsonAsync<Page<DeviceDto>>($"/api/v1/inventory/devices?siteId={site.Id}&q={Uri.EscapeDataString(q)}")).Items.Select(d => d.Id).ToArray();

        var byPart = await FindAsync(stem[2..].ToLowerInvariant() + "-fW \"50");
        var bySymbols = await FindAsync("0%_o");
        var byTwoLetters = await FindAsync("fW");
        var renamed = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/devices/{device.Id}",
            new { name = $"{stem}-core", siteId = site.Id }, r => r.Headers.TryAddWithoutValidation("If-Match", $"\"{device.Version}\""));
        await HttpJson.ReadAsync<DeviceDto>(renamed, HttpStatusCode.OK);

        Assert.Equal([device.Id], byPart);
        Assert.Equal([device.Id], bySymbols);
        Assert.Equal(2, byTwoLetters.Length);
        Assert.Equal([device.Id], await FindAsync("GE-" + stem[5..] + "-CO"));
        Assert.Empty(await FindAsync("50%_off"));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_and_updates_move_the_version()
    {
        var client = await AdminAsync();
        var site = await client.SiteAsync();
        for (var i = 0; i < 5; i++)
        {
            await client.DeviceAsync(new { name = InventoryApi.Unique($"p{i}"), siteId = site.Id });
        }
        var first = await client.GetJsonAsync<Page<DeviceDto>>($"/api/v1/inventory/devices?siteId={site.Id}&limit=3");
        var second = await client.GetJsonAsync<Page<DeviceDto>>($"/api/v1/inventory/devices?siteId={site.Id}&limit=3&cursor={first.NextCursor}");
        var device = first.Items[0];

        var moved = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/devices/{device.Id}",
            new { name = device.Name, siteId = site.Id, osName = "Debian", osVersion = "13" }, r => r.Headers.TryAddWithoutValidation("If-Match", $"\"{device.Version}\""));
        var updated = await HttpJson.ReadAsync<DeviceDto>(moved, HttpStatusCode.OK);
        var deleted = await client.DeleteAsync($"/api/v1/inventory/devices/{device.Id}");
        var gone = await client.GetAsync($"/api/v1/inventory/devices/{device.Id}");

        Assert.Equal(5, first.Items.Concat(second.Items).Select(d => d.Id).Distinct().Count());
        Assert.Null(second.NextCursor);
        Assert.Equal(device.Version + 1, updated.Version);
        Assert.Equal("Debian", updated.OsName);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}

public sealed class DeviceTestsOnSqlite(SqliteFactory f) : DeviceTests(f), IClassFixture<SqliteFactory>;

public sealed class DeviceTestsOnPostgres(PostgresFactory f) : DeviceTests(f), IClassFixture<PostgresFactory>;
