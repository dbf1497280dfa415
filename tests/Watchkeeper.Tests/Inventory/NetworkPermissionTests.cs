using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory.Network;

namespace Watchkeeper.Tests.Inventory;

/// <summary>Who changes what in the inventory: network engineers the network, viewers nothing, requesters only see the catalog.</summary>
public abstract class NetworkPermissionTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task A_network_engineer_changes_the_network_but_not_services_or_contracts()
    {
        var admin = (await factory.AdminAsync()).Client;
        var vendor = await admin.VendorAsync();
        var team = await admin.TeamAsync();
        var engineer = (await factory.UserWithRoleAsync("Network Engineer")).Client;

        var vrf = await engineer.PostJsonAsync<VrfDto>("/api/v1/inventory/vrfs", new { name = InventoryApi.Unique("vrf") }, HttpStatusCode.Created);
        var prefix = await engineer.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix = "10.77.0.0/16", vrfId = vrf.Id }, HttpStatusCode.Created);
        var (a, b) = (await engineer.DeviceNamedAsync("core"), await engineer.DeviceNamedAsync("edge"));
        var cable = await engineer.CableAsync((await engineer.InterfaceAsync(a.Id, "ge-0")).Id, (await engineer.InterfaceAsync(b.Id, "ge-0")).Id);
        var deleted = await engineer.DeleteAsync($"/api/v1/inventory/prefixes/{prefix.Id}");
        var service = await engineer.PostServiceAsync(new { name = InventoryApi.Unique("shop"), kind = "BusinessService", ownerTeamId = team.Id, tier = 1 });
        var contract = await engineer.PostContractAsync(new { vendorId = vendor.Id, name = InventoryApi.Unique("support"), kind = "Support", endDate = ContractApi.Today.AddDays(30) });

        Assert.True(cable.Id > 0);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Contains("inventory.write", (await service.ProblemAsync(HttpStatusCode.Forbidden)).Detail);
        await contract.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Inventory_write_is_enough_wherever_network_write_is_asked()
    {
        var architect = (await factory.UserWithRoleAsync("Business Architect")).Client;

        var site = await architect.SiteAsync();
        var device = await architect.DeviceNamedAsync("app");

        Assert.True(site.Id > 0 && device.Id > 0);
    }

    [Fact]
    public async Task A_viewer_reads_the_inventory_and_changes_nothing()
    {
        var admin = (await factory.AdminAsync()).Client;
        var device = await admin.DeviceNamedAsync("seen");
        var viewer = (await factory.UserWithRoleAsync("Viewer")).Client;

        var read = await viewer.GetJsonAsync<DeviceDto>($"/api/v1/inventory/devices/{device.Id}");
        var services = await viewer.GetAsync("/api/v1/inventory/services");
        var create = await viewer.PostDeviceAsync(new { name = InventoryApi.Unique("nope") });
        var update = await viewer.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/devices/{device.Id}", new { name = "renamed" });
        var delete = await viewer.DeleteAsync($"/api/v1/inventory/devices/{device.Id}");
        var service = await viewer.PostServiceAsync(new { name = InventoryApi.Unique("app"), kind = "Application" });

        Assert.Equal(device.Name, read.Name);
        Assert.Equal(HttpStatusCode.OK, services.StatusCode);
        foreach (var refused in new[] { create, update, delete, service })
        {
            await refused.ProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task A_requester_reaches_the_catalog_and_nothing_else_of_the_inventory()
    {
        var requester = (await factory.UserWithRoleAsync("Requester")).Client;

        var devices = await requester.GetAsync("/api/v1/inventory/devices");
        var catalog = await requester.GetAsync("/api/v1/inventory/catalog");

        await devices.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, catalog.StatusCode);
    }
}

public sealed class NetworkPermissionTestsOnSqlite(SqliteFactory f) : NetworkPermissionTests(f), IClassFixture<SqliteFactory>;

public sealed class NetworkPermissionTestsOnPostgres(PostgresFactory f) : NetworkPermissionTests(f), IClassFixture<PostgresFactory>;
