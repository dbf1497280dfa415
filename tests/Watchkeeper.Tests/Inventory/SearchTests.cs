using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class SearchTests(WatchkeeperFactory factory)
{
    private static string RandomIpv4() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    private static Task<List<SearchHitDto>> SearchAsync(HttpClient client, string q, int? limit = null) =>
        client.GetJsonAsync<List<SearchHitDto>>($"/api/v1/inventory/search?q={Uri.EscapeDataString(q)}" + (limit is null ? "" : $"&limit={limit}"));

    [Fact]
    public async Task Devices_are_found_by_serial_asset_tag_hostname_fqdn_and_primary_ip()
    {
        var client = (await factory.AdminAsync()).Client;
        var (serial, asset, host, ip) = (InventoryApi.Unique("SN"), InventoryApi.Unique("AT"), InventoryApi.Unique("host"), RandomIpv4());
        var device = await client.DeviceAsync(new { name = InventoryApi.Unique("srv"), serial, assetTag = asset, hostname = host, fqdn = $"{host}.example.com", primaryIp = ip });

        var bySerial = Assert.Single(await SearchAsync(client, serial));
        var byAsset = Assert.Single(await SearchAsync(client, asset));
        var byHost = (await SearchAsync(client, host))[0];
        var byFqdn = Assert.Single(await SearchAsync(client, $"{host}.example.com"));
        var byIp = Assert.Single(await SearchAsync(client, ip));

        Assert.Equal((device.Id, "serial", SearchMatch.Exact, $"/inventory/devices/{device.Id}"), (bySerial.Item.Id, bySerial.Field, bySerial.Match, bySerial.Link));
        Assert.Equal(("assetTag", asset), (byAsset.Field, byAsset.Value));
        Assert.Equal((device.Id, "hostname", SearchMatch.Exact), (byHost.Item.Id, byHost.Field, byHost.Match));
        Assert.Equal("fqdn", byFqdn.Field);
        Assert.Equal(("primaryIp", ip, CiKind.Device), (byIp.Field, byIp.Value, byIp.Item.Kind));
    }

    [Fact]
    public async Task An_address_typed_without_its_length_finds_the_ipam_address_and_its_dns_name_finds_the_item()
    {
        var client = (await factory.AdminAsync()).Client;
        var device = await client.DeviceNamedAsync("web");
        var dns = $"{InventoryApi.Unique("web")}.example.net";
        var suffix = Random.Shared.Next(1, 65535).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        await client.PostJsonAsync<IpAddressDto>("/api/v1/inventory/ip-addresses",
            new { address = $"2001:db8:5::{suffix}/64", itemId = device.Id, dnsName = dns }, HttpStatusCode.Created);

        var byAddress = Assert.Single(await SearchAsync(client, $"2001:DB8:5:0::{suffix}"));
        var byName = Assert.Single(await SearchAsync(client, dns));

        Assert.Equal((device.Id, "ipAddress", $"2001:db8:5::{suffix}/64", SearchMatch.Exact), (byAddress.Item.Id, byAddress.Field, byAddress.Value, byAddress.Match));
        Assert.Equal((device.Id, "dnsName"), (byName.Item.Id, byName.Field));
    }

    [Fact]
    public async Task A_mac_address_in_any_spelling_finds_the_device_of_the_interface()
    {
        var client = (await factory.AdminAsync()).Client;
        var device = await client.DeviceNamedAsync("sw");
        var hex = Random.Shared.NextInt64(1L << 40, 1L << 47).ToString("x12", System.Globalization.CultureInfo.InvariantCulture);
        var colons = string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2)));
        await client.PostJsonAsync<InterfaceDto>("/api/v1/inventory/interfaces",
            new { deviceId = device.Id, name = "eth0", kind = "Base1000T", macAddress = colons }, HttpStatusCode.Created);

        var byCisco = Assert.Single(await SearchAsync(client, $"{hex[..4]}.{hex[4..8]}.{hex[8..]}".ToUpperInvariant()));
        var byPart = Assert.Single(await SearchAsync(client, colons[..11]));

        Assert.Equal((device.Id, "macAddress", colons, SearchMatch.Exact), (byCisco.Item.Id, byCisco.Field, byCisco.Value, byCisco.Match));
        Assert.Equal((device.Id, SearchMatch.Prefix), (byPart.Item.Id, byPart.Match));
    }

    [Fact]
    public async Task Exact_matches_come_before_prefix_matches_and_those_before_contains_matches()
    {
        var client = (await factory.AdminAsync()).Client;
        var stem = InventoryApi.Unique("rank");
        var contains = await client.DeviceAsync(new { name = $"x-{stem}" });
        var prefix = await client.DeviceAsync(new { name = $"{stem}-b" });
        var exact = await client.DeviceAsync(new { name = stem });

        var hits = await SearchAsync(client, stem.ToUpperInvariant());

        Assert.Equal([exact.Id, prefix.Id, contains.Id], hits.Select(h => h.Item.Id));
        Assert.Equal([SearchMatch.Exact, SearchMatch.Prefix, SearchMatch.Contains], hits.Select(h => h.Match));
    }

    [Fact]
    public async Task A_serial_found_exactly_comes_before_values_that_contain_it_in_another_case_and_changed_values_are_followed()
    {
        var client = (await factory.AdminAsync()).Client;
        var serial = InventoryApi.Unique("SN");
        var named = await client.DeviceAsync(new { name = $"spare-for-{serial.ToLowerInvariant()}" });
        var hosted = await client.DeviceAsync(new { name = InventoryApi.Unique("bmc"), hostname = $"{serial.ToLowerInvariant()}-bmc" });
        var exact = await client.DeviceAsync(new { name = InventoryApi.Unique("srv"), serial });

        var hits = await SearchAsync(client, serial);
        var moved = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/devices/{hosted.Id}",
            new { name = hosted.Name, hostname = "bmc-elsewhere" }, r => r.Headers.TryAddWithoutValidation("If-Match", $"\"{hosted.Version}\""));
        await HttpJson.ReadAsync<DeviceDto>(moved, HttpStatusCode.OK);
        var afterMove = await SearchAsync(client, serial);

        Assert.Equal([(exact.Id, "serial", SearchMatch.Exact), (hosted.Id, "hostname", SearchMatch.Prefix), (named.Id, "name", SearchMatch.Contains)],
            hits.Select(h => (h.Item.Id, h.Field, h.Match)));
        Assert.Equal([exact.Id, named.Id], afterMove.Select(h => h.Item.Id));
    }

    [Fact]
    public async Task Tags_are_found_with_tag_prefix_or_as_plain_text_and_the_limit_bounds_the_hits()
    {
        var client = (await factory.AdminAsync()).Client;
        var tag = InventoryApi.Unique("tag").ToLowerInvariant();
        var devices = new List<DeviceDto>();
        for (var i = 0; i < 3; i++)
        {
            devices.Add(await client.DeviceAsync(new { name = InventoryApi.Unique("tagged"), tags = new[] { tag } }));
        }

        var tagged = await SearchAsync(client, $"tag:{tag.ToUpperInvariant()}");
        var plain = await SearchAsync(client, tag, limit: 2);

        Assert.Equal(devices.Select(d => d.Id).Order(), tagged.Select(h => h.Item.Id).Order());
        Assert.All(tagged, h => Assert.Equal(("tag", tag, SearchMatch.Exact), (h.Field, h.Value, h.Match)));
        Assert.Equal(2, plain.Count);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_on_its_field()
    {
        var client = (await factory.AdminAsync()).Client;

        var empty = await client.GetAsync("/api/v1/inventory/search?q=%20").FieldErrorsAsync();
        var tooMany = await client.GetAsync("/api/v1/inventory/search?q=a&limit=101").FieldErrorsAsync();
        var bareTag = await client.GetAsync("/api/v1/inventory/search?q=tag:").FieldErrorsAsync();

        Assert.Contains("q", empty.Keys);
        Assert.Contains("limit", tooMany.Keys);
        Assert.Contains("tag", bareTag["q"][0]);
    }

    [Fact]
    public async Task Another_organizations_items_are_never_found_and_viewers_may_search()
    {
        var admin = await factory.AdminAsync();
        var slug = $"search-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Search B", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
        var serial = InventoryApi.Unique("B-SN");
        var ip = RandomIpv4();
        await theirs.DeviceAsync(new { name = InventoryApi.Unique("b"), serial, primaryIp = ip, tags = new[] { "secret-b" } });
        var viewer = await factory.UserWithRoleAsync("Viewer");

        Assert.Single(await SearchAsync(theirs, serial));
        Assert.Empty(await SearchAsync(admin.Client, serial));
        Assert.DoesNotContain(await SearchAsync(admin.Client, ip), h => h.Value == ip);
        Assert.Empty(await SearchAsync(viewer.Client, "tag:secret-b"));
    }
}

public sealed class SearchTestsOnSqlite(SqliteFactory f) : SearchTests(f), IClassFixture<SqliteFactory>;

public sealed class SearchTestsOnPostgres(PostgresFactory f) : SearchTests(f), IClassFixture<PostgresFactory>;
