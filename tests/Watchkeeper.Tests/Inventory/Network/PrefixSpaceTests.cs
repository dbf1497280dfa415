using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Network;

/// <summary>The tree loaded one level at a time, free ranges and the address status filter.</summary>
public abstract class PrefixSpaceTests(WatchkeeperFactory factory)
{
    private static async Task<(HttpClient Client, VrfDto Vrf)> VrfAsync(WatchkeeperFactory factory)
    {
        var client = (await factory.AdminAsync()).Client;
        return (client, await client.PostJsonAsync<VrfDto>("/api/v1/inventory/vrfs", new { name = InventoryApi.Unique("vrf") }, HttpStatusCode.Created));
    }

    private static Task<PrefixDto> PrefixAsync(HttpClient client, long vrfId, string prefix) =>
        client.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix, vrfId }, HttpStatusCode.Created);

    private static Task<IpAddressDto> AddressAsync(HttpClient client, long vrfId, string address, string status = "Active") =>
        client.PostJsonAsync<IpAddressDto>("/api/v1/inventory/ip-addresses", new { address, vrfId, status }, HttpStatusCode.Created);

    [Fact]
    public async Task The_tree_loads_one_level_at_a_time_with_child_counts_and_leaf_utilization()
    {
        var (client, vrf) = await VrfAsync(factory);
        var top = await PrefixAsync(client, vrf.Id, "10.20.0.0/16");
        var lan = await PrefixAsync(client, vrf.Id, "10.20.1.0/24");
        await PrefixAsync(client, vrf.Id, "10.20.1.0/26");
        var empty = await PrefixAsync(client, vrf.Id, "10.20.2.0/24");
        var leaf = await PrefixAsync(client, vrf.Id, "10.20.3.0/30");
        await AddressAsync(client, vrf.Id, "10.20.3.1/30");
        await AddressAsync(client, vrf.Id, "10.20.3.2/30");

        var firstLevel = await client.GetJsonAsync<List<PrefixTreeNodeDto>>($"/api/v1/inventory/prefixes/tree?vrfId={vrf.Id}&depth=1");
        var below = await client.GetJsonAsync<List<PrefixTreeNodeDto>>($"/api/v1/inventory/prefixes/tree?vrfId={vrf.Id}&within=10.20.0.0/16&depth=1");
        var whole = await client.GetJsonAsync<List<PrefixTreeNodeDto>>($"/api/v1/inventory/prefixes/tree?vrfId={vrf.Id}");
        var badDepth = await client.GetAsync($"/api/v1/inventory/prefixes/tree?vrfId={vrf.Id}&depth=0");

        Assert.Equal([(top.Id, 0, 3)], firstLevel.Select(n => (n.Prefix.Id, n.Depth, n.Children)));
        Assert.Equal([(lan.Id, 1), (empty.Id, 0), (leaf.Id, 0)], below.Select(n => (n.Prefix.Id, n.Children)));
        Assert.Equal(0.5, below.Single(n => n.Prefix.Id == leaf.Id).Utilization);
        Assert.Equal(0, below.Single(n => n.Prefix.Id == empty.Id).Utilization);
        Assert.Equal(0.25, below.Single(n => n.Prefix.Id == lan.Id).Utilization);
        Assert.Equal(top.Id, below[0].Prefix.ParentId);
        Assert.Equal(5, whole.Count);
        Assert.Contains("depth", (await badDepth.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }

    [Fact]
    public async Task Free_ranges_are_the_largest_aligned_blocks_between_children_and_addresses()
    {
        var (client, vrf) = await VrfAsync(factory);
        var top = await PrefixAsync(client, vrf.Id, "10.30.0.0/24");
        await PrefixAsync(client, vrf.Id, "10.30.0.64/26");
        await AddressAsync(client, vrf.Id, "10.30.0.1/24");

        var free = await client.GetJsonAsync<List<FreeSpaceDto>>($"/api/v1/inventory/prefixes/{top.Id}/free-ranges");
        var missing = await client.GetAsync("/api/v1/inventory/prefixes/999999999/free-ranges");

        Assert.Equal(["10.30.0.0/32", "10.30.0.2/31", "10.30.0.4/30", "10.30.0.8/29", "10.30.0.16/28", "10.30.0.32/27", "10.30.0.128/25"],
            free.Select(f => f.Value));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Addresses_filter_by_status()
    {
        var (client, vrf) = await VrfAsync(factory);
        await AddressAsync(client, vrf.Id, "10.40.0.1");
        var reserved = await AddressAsync(client, vrf.Id, "10.40.0.2", "Reserved");

        var page = await client.GetJsonAsync<Page<IpAddressDto>>($"/api/v1/inventory/ip-addresses?vrfId={vrf.Id}&status=Reserved");

        Assert.Equal([reserved.Id], page.Items.Select(a => a.Id));
    }
}

public sealed class PrefixSpaceTestsOnSqlite(SqliteFactory f) : PrefixSpaceTests(f), IClassFixture<SqliteFactory>;

public sealed class PrefixSpaceTestsOnPostgres(PostgresFactory f) : PrefixSpaceTests(f), IClassFixture<PostgresFactory>;
