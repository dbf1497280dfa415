using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class DependencyMapTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task The_map_reaches_upstream_and_downstream_to_the_depth_and_filters_by_type()
    {
        var client = (await factory.AdminAsync()).Client;
        var (shop, tier, web, hv, rack) = (await client.DeviceNamedAsync("shop"), await client.GroupAsync(1), await client.DeviceNamedAsync("web"),
            await client.DeviceNamedAsync("hv"), await client.DeviceNamedAsync("pdu"));
        await client.RelateAsync(shop.Id, tier.Id, "Uses");
        await client.RelateAsync(web.Id, tier.Id, "MemberOf");
        await client.RelateAsync(web.Id, hv.Id, "RunsOn");
        await client.RelateAsync(hv.Id, rack.Id, "DependsOn");

        var map = await client.GetJsonAsync<DependencyMapDto>($"/api/v1/inventory/items/{web.Id}/map?depth=2");
        var near = await client.GetJsonAsync<DependencyMapDto>($"/api/v1/inventory/items/{web.Id}/map?depth=1&types=RunsOn,memberof");
        var distances = map.Nodes.ToDictionary(n => n.Item.Id, n => n.Distance);

        Assert.Equal(web.Id, map.Nodes[0].Item.Id);
        Assert.Equal(new Dictionary<long, int> { [web.Id] = 0, [hv.Id] = -1, [rack.Id] = -2, [tier.Id] = 1, [shop.Id] = 2 }, distances);
        Assert.Equal(1, map.Nodes.Single(n => n.Item.Id == tier.Id).MinimumHealthy);
        Assert.Equal(4, map.Edges.Count);
        Assert.Equal(new[] { hv.Id, tier.Id, web.Id }.Order(), near.Nodes.Select(n => n.Item.Id).Order());
        Assert.All(near.Edges, e => Assert.Contains(e.Type, new[] { RelationshipType.RunsOn, RelationshipType.MemberOf }));
    }

    [Fact]
    public async Task Bad_depth_or_type_is_a_field_problem_and_another_organizations_item_is_not_found()
    {
        var admin = await factory.AdminAsync();
        var item = await admin.Client.DeviceNamedAsync("solo");
        var slug = $"map-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Map B", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;

        var depth = await admin.Client.GetAsync($"/api/v1/inventory/items/{item.Id}/map?depth=6").FieldErrorsAsync();
        var types = await admin.Client.GetAsync($"/api/v1/inventory/items/{item.Id}/map?types=RunsOn,Likes").FieldErrorsAsync();
        var foreign = await theirs.GetAsync($"/api/v1/inventory/items/{item.Id}/map");

        Assert.Contains("1 to 5", depth["depth"][0]);
        Assert.Contains("'Likes'", types["types"][0]);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }
}

public sealed class DependencyMapTestsOnSqlite(SqliteFactory f) : DependencyMapTests(f), IClassFixture<SqliteFactory>;

public sealed class DependencyMapTestsOnPostgres(PostgresFactory f) : DependencyMapTests(f), IClassFixture<PostgresFactory>;
