using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class SiteOverviewTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task The_overview_counts_devices_and_lists_networks_and_changes_of_its_site_only()
    {
        var client = (await factory.AdminAsync()).Client;
        var (site, other) = (await client.SiteAsync(), await client.SiteAsync());
        var rack = await client.RackAsync(site.Id);
        await client.DeviceAsync(new { name = InventoryApi.Unique("a"), kind = "Server", siteId = site.Id, status = "Active" });
        await client.DeviceAsync(new { name = InventoryApi.Unique("b"), kind = "Server", siteId = site.Id, status = "Planned" });
        var vm = await client.DeviceAsync(new { name = InventoryApi.Unique("c"), kind = "VirtualMachine", siteId = site.Id, status = "Active" });
        await client.DeviceAsync(new { name = InventoryApi.Unique("d"), kind = "Router", siteId = other.Id });
        var octet = Random.Shared.Next(1, 250);
        await client.PostJsonAsync<object>("/api/v1/inventory/prefixes", new { prefix = $"10.{octet}.7.0/24", siteId = site.Id }, HttpStatusCode.Created);
        await client.PostJsonAsync<object>("/api/v1/inventory/vlans", new { vid = 3000 + octet, name = "backup", siteId = site.Id }, HttpStatusCode.Created);

        var (summary, changes) = await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<WatchkeeperDb>();
            var organizationId = (await db.Sites.SingleAsync(x => x.Id == site.Id)).OrganizationId;
            return (await SiteOverview.LoadAsync(db, organizationId, site.Id, default),
                await SiteOverview.RecentChangesAsync(db, organizationId, site.Id, 50, default));
        });

        Assert.Equal([new CountOf("Server", 2), new CountOf("VirtualMachine", 1)], summary.DevicesByKind);
        Assert.Equal([new CountOf("Planned", 1), new CountOf("Active", 2)], summary.DevicesByStatus);
        Assert.Equal($"10.{octet}.7.0/24", Assert.Single(summary.Prefixes).Text);
        Assert.Equal($"{3000 + octet} backup", Assert.Single(summary.Vlans).Text);
        Assert.Contains(changes, c => c.Action == "site.created");
        Assert.Contains(changes, c => c.Action == "rack.created" && c.ObjectId == $"{rack.Id}");
        Assert.Contains(changes, c => c.Action == "device.created" && c.ObjectId == $"{vm.Id}");
        Assert.Equal(3, changes.Count(c => c.Action == "device.created"));
    }
}

public sealed class SiteOverviewTestsOnSqlite(SqliteFactory f) : SiteOverviewTests(f), IClassFixture<SqliteFactory>;

public sealed class SiteOverviewTestsOnPostgres(PostgresFactory f) : SiteOverviewTests(f), IClassFixture<PostgresFactory>;
