using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class InventoryIsolationTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task One_organization_never_reads_finds_or_changes_another_organizations_inventory()
    {
        var admin = await factory.AdminAsync();
        var slug = $"client-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Client B", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
        var site = await theirs.SiteAsync();
        var rack = await theirs.RackAsync(site.Id);
        var type = await theirs.DeviceTypeAsync();
        var serial = InventoryApi.Unique("B-SN");
        var device = await theirs.DeviceAsync(new { name = InventoryApi.Unique("b"), siteId = site.Id, serial });
        var ours = admin.Client;

        var reads = new[]
        {
            $"/api/v1/inventory/sites/{site.Id}", $"/api/v1/inventory/racks/{rack.Id}", $"/api/v1/inventory/racks/{rack.Id}/elevation",
            $"/api/v1/inventory/device-types/{type.Id}", $"/api/v1/inventory/devices/{device.Id}",
        };
        foreach (var path in reads)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ours.GetAsync(path)).StatusCode);
        }
        Assert.Empty((await ours.GetJsonAsync<Page<DeviceDto>>($"/api/v1/inventory/devices?q={serial}")).Items);
        Assert.Empty((await ours.GetJsonAsync<Page<DeviceDto>>($"/api/v1/inventory/devices?siteId={site.Id}")).Items);
        Assert.DoesNotContain((await ours.GetJsonAsync<Page<SiteDto>>("/api/v1/inventory/sites?limit=500")).Items, s => s.Id == site.Id);

        var change = await ours.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/devices/{device.Id}", new { name = "taken over" });
        var delete = await ours.DeleteAsync($"/api/v1/inventory/sites/{site.Id}");
        var placeInTheirRack = await ours.PostDeviceAsync(new { name = InventoryApi.Unique("x"), rackId = rack.Id, deviceTypeId = type.Id, position = 1 }).FieldErrorsAsync();
        var rackAtTheirSite = await ours.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/racks", new { siteId = site.Id, name = "R" }).FieldErrorsAsync();

        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.True(placeInTheirRack.ContainsKey("rackId") && placeInTheirRack.ContainsKey("deviceTypeId"));
        Assert.True(rackAtTheirSite.ContainsKey("siteId"));
        Assert.Equal(device.Name, (await theirs.GetJsonAsync<DeviceDto>($"/api/v1/inventory/devices/{device.Id}")).Name);
    }

    [Fact]
    public async Task Viewers_read_the_inventory_and_change_nothing()
    {
        var viewer = await factory.UserWithRoleAsync("Viewer");

        var list = await viewer.Client.GetAsync("/api/v1/inventory/sites");
        var create = await viewer.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/sites", new { name = "Not allowed" });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        await create.ProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class InventoryIsolationTestsOnSqlite(SqliteFactory f) : InventoryIsolationTests(f), IClassFixture<SqliteFactory>;

public sealed class InventoryIsolationTestsOnPostgres(PostgresFactory f) : InventoryIsolationTests(f), IClassFixture<PostgresFactory>;
