using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory.Network;
using Watchkeeper.Tests.Inventory.Power;

namespace Watchkeeper.Tests.Inventory.Transfer;

/// <summary>Export → import of every type reports every row unchanged: export writes exactly what import reads.</summary>
public abstract class RoundTripTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task Facilities_round_trip()
    {
        var client = await factory.NewOrganizationAsync();
        var site = await client.SiteAsync();
        var room = await client.PostJsonAsync<LocationDto>("/api/v1/inventory/locations", new { siteId = site.Id, name = "Room 1", kind = "Room" }, HttpStatusCode.Created);
        await client.PostJsonAsync<RackDto>("/api/v1/inventory/racks", new { siteId = site.Id, name = "R1", locationId = room.Id, numbering = "Descending" }, HttpStatusCode.Created);
        await client.PostJsonAsync<DeviceTypeDto>("/api/v1/inventory/device-types",
            new { manufacturer = "Acme", model = "X1", heightU = 2, interfaces = new[] { new { name = "eth0", kind = "Sfp10G" } } }, HttpStatusCode.Created);

        await AssertRoundTripAsync(client, "sites", "locations", "racks", "device-types");
    }

    [Fact]
    public async Task Network_round_trips()
    {
        var client = await factory.NewOrganizationAsync();
        var vrf = await client.PostJsonAsync<VrfDto>("/api/v1/inventory/vrfs", new { name = "blue", routeDistinguisher = "65000:1" }, HttpStatusCode.Created);
        await client.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix = "10.0.0.0/24", vrfId = vrf.Id }, HttpStatusCode.Created);
        await client.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix = "2001:db8::/48" }, HttpStatusCode.Created);
        var device = await client.DeviceAsync(new { name = "sw-1", kind = "Switch" });
        await client.PostJsonAsync<IpAddressDto>("/api/v1/inventory/ip-addresses", new { address = "10.0.0.5/24", vrfId = vrf.Id, itemId = device.Id, dnsName = "sw-1.example.com" }, HttpStatusCode.Created);
        var group = await client.PostJsonAsync<VlanGroupDto>("/api/v1/inventory/vlan-groups", new { name = "campus" }, HttpStatusCode.Created);
        await client.PostJsonAsync<VlanDto>("/api/v1/inventory/vlans", new { vid = 10, name = "users", groupId = group.Id }, HttpStatusCode.Created);
        await client.PostJsonAsync<InterfaceDto>("/api/v1/inventory/interfaces", new { deviceId = device.Id, name = "xe-0/0/1", macAddress = "00:11:22:33:44:55" }, HttpStatusCode.Created);

        await AssertRoundTripAsync(client, "vrfs", "prefixes", "ip-addresses", "vlan-groups", "vlans", "interfaces");
    }

    [Fact]
    public async Task Services_vendors_and_contracts_round_trip()
    {
        var client = await factory.NewOrganizationAsync();
        var team = await client.TeamAsync();
        var device = await client.DeviceAsync(new { name = "app-1" });
        await client.ServiceAsync(new { name = "Payroll", kind = "BusinessService", tier = 1, rto = "4h", rpo = "15m", ownerTeamId = team.Id, tags = new[] { "hr" } });
        var vendor = await client.VendorAsync("Acme Support");
        await client.ContractAsync(vendor.Id, new DateOnly(2030, 1, 31), device.Id);
        await client.PostJsonAsync<RedundancyGroupDto>("/api/v1/inventory/redundancy-groups", new { name = "web pool", minimumHealthy = 2 }, HttpStatusCode.Created);

        await AssertRoundTripAsync(client, "services", "vendors", "contracts", "redundancy-groups", "devices");
    }

    [Fact]
    public async Task Cables_and_relationships_round_trip()
    {
        var client = await factory.NewOrganizationAsync();
        var (sw, web) = (await client.DeviceAsync(new { name = "sw-1", kind = "Switch" }), await client.DeviceAsync(new { name = "web-1" }));
        await client.CableAsync((await client.InterfaceAsync(sw.Id, "ge-0/0/1")).Id, (await client.InterfaceAsync(web.Id, "eth0")).Id);
        var pool = await client.GroupAsync(1);
        await client.RelateAsync(web.Id, pool.Id, "MemberOf");
        await client.RelateAsync(web.Id, sw.Id, "DependsOn");

        await AssertRoundTripAsync(client, "cables", "relationships");
    }

    [Fact]
    public async Task Power_round_trips()
    {
        var client = await factory.NewOrganizationAsync();
        var site = await client.SiteAsync();
        var rack = await client.RackAsync(site.Id);
        var panel = await client.PanelAsync(site.Id);
        var feed = await client.PostJsonAsync<PowerFeedDto>("/api/v1/inventory/power-feeds",
            new { panelId = panel.Id, name = "A", rackId = rack.Id, voltage = 400, phase = "ThreePhase" }, HttpStatusCode.Created);
        var ups = await client.PoweredAsync("Ups", drawWatts: 100, maxOutputWatts: 3000);
        var server = await client.PoweredAsync("Server", drawWatts: 400);
        await client.CordAsync(ups.Id, feedId: feed.Id);
        await client.CordAsync(server.Id, upstreamDeviceId: ups.Id);

        await AssertRoundTripAsync(client, "power-panels", "power-feeds", "power-connections");
        var feeds = await client.ExportAsync("power-feeds");
        Assert.StartsWith("site,panel,name,", feeds);
        Assert.Contains($"{site.Name},{panel.Name},A,", feeds);
    }

    private static async Task AssertRoundTripAsync(HttpClient client, params string[] types)
    {
        foreach (var type in types)
        {
            var exported = await client.ExportAsync(type);
            var result = await client.ImportAsync(type, exported);
            Assert.True(result is { Created: 0, Updated: 0, Failed: 0, Unchanged: > 0 }, $"{type}: {System.Text.Json.JsonSerializer.Serialize(result)}\n{exported}");
        }
    }
}

public sealed class RoundTripTestsOnSqlite(SqliteFactory factory) : RoundTripTests(factory), IClassFixture<SqliteFactory>;

public sealed class RoundTripTestsOnPostgres(PostgresFactory factory) : RoundTripTests(factory), IClassFixture<PostgresFactory>;
