using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Impact;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class RelationshipTests(WatchkeeperFactory factory)
{
    private async Task<HttpClient> AdminAsync() => (await factory.AdminAsync()).Client;

    [Fact]
    public async Task Relationships_are_listed_from_either_end_and_removed_with_an_audit_record()
    {
        var client = await AdminAsync();
        var (vm, host, storage) = (await client.DeviceNamedAsync("vm"), await client.DeviceNamedAsync("hv"), await client.DeviceNamedAsync("nas"));
        var runsOn = await client.RelateAsync(vm.Id, host.Id, "RunsOn");
        await client.RelateAsync(host.Id, storage.Id, "DependsOn");

        var ofHost = await client.GetJsonAsync<Page<RelationshipDto>>($"/api/v1/inventory/relationships?itemId={host.Id}");
        var incoming = await client.GetJsonAsync<Page<RelationshipDto>>($"/api/v1/inventory/relationships?itemId={host.Id}&direction=Incoming");
        var dependsOn = await client.GetJsonAsync<Page<RelationshipDto>>($"/api/v1/inventory/relationships?itemId={host.Id}&type=DependsOn");
        var removed = await client.DeleteAsync($"/api/v1/inventory/relationships/{runsOn.Id}");

        Assert.Equal(2, ofHost.Items.Count);
        Assert.Equal(vm.Id, Assert.Single(incoming.Items).Source.Id);
        Assert.Equal(storage.Id, Assert.Single(dependsOn.Items).Target.Id);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "relationship.created" && e.ObjectId == runsOn.Id.ToString()));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "relationship.deleted" && e.ObjectId == runsOn.Id.ToString()));
        });
    }

    [Fact]
    public async Task The_impact_graph_is_read_once_while_nothing_changes_and_again_after_any_change()
    {
        var client = await AdminAsync();
        var (vm, host, storage) = (await client.DeviceNamedAsync("vm"), await client.DeviceNamedAsync("hv"), await client.DeviceNamedAsync("nas"));
        await client.RelateAsync(vm.Id, host.Id, "RunsOn");
        Task<DependencyGraph> GraphAsync() => factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<WatchkeeperDb>();
            var organizationId = await db.ConfigurationItems.Where(i => i.Id == vm.Id).Select(i => i.OrganizationId).SingleAsync();
            return await s.GetRequiredService<DependencyGraphCache>().GetAsync(db, organizationId, default);
        });

        var first = await GraphAsync();
        var before = await client.GetJsonAsync<ImpactDto>($"/api/v1/inventory/items/{storage.Id}/impact");
        var unchanged = await GraphAsync();
        await client.RelateAsync(host.Id, storage.Id, "DependsOn");
        var after = await client.GetJsonAsync<ImpactDto>($"/api/v1/inventory/items/{storage.Id}/impact");
        var changed = await GraphAsync();

        Assert.Same(first, unchanged);
        Assert.NotSame(first, changed);
        Assert.Empty(before.Affected);
        Assert.Equal(new[] { host.Id, vm.Id }.Order(), after.Affected.Select(a => a.Item.Id).Order());
    }

    [Fact]
    public async Task A_limit_lists_the_worst_affected_items_while_the_counts_and_services_stay_whole()
    {
        var client = await AdminAsync();
        var shop = await client.BusinessServiceAsync(tier: 1);
        var host = await client.DeviceNamedAsync("hv");
        await client.RelateAsync(shop.Id, host.Id, "DependsOn");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await client.RelateAsync((await client.DeviceNamedAsync("vm")).Id, host.Id, "RunsOn");
        }

        var whole = await client.GetJsonAsync<ImpactDto>($"/api/v1/inventory/items/{host.Id}/impact");
        var cut = await client.GetJsonAsync<ImpactDto>($"/api/v1/inventory/items/{host.Id}/impact?limit=2");
        var cutMany = await client.PostJsonAsync<ImpactDto>("/api/v1/inventory/impact?limit=1", new { itemIds = new[] { host.Id } }, HttpStatusCode.OK);
        var (zero, tooMany) = (await client.GetAsync($"/api/v1/inventory/items/{host.Id}/impact?limit=0"),
            await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/impact?limit=100001", new { itemIds = new[] { host.Id } }));

        Assert.Equal((4, 4, 4), (whole.Affected.Count, whole.AffectedCount, whole.DownCount));
        Assert.Equal(whole.Affected.Take(2), cut.Affected);
        Assert.Equal((4, 4), (cut.AffectedCount, cut.DownCount));
        Assert.Equal(shop.Id, Assert.Single(cut.Services).Service.Id);
        Assert.Equal((1, 4), (cutMany.Affected.Count, cutMany.AffectedCount));
        Assert.Contains("1 to 100000", (await zero.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["limit"][0]);
        Assert.True((await tooMany.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("limit"));
    }

    [Fact]
    public async Task Rules_are_reported_on_their_fields()
    {
        var client = await AdminAsync();
        var (a, b) = (await client.DeviceNamedAsync("a"), await client.DeviceNamedAsync("b"));
        var group = await client.GroupAsync(1);
        await client.RelateAsync(a.Id, b.Id, "Uses");

        var self = await client.PostRelationshipAsync(a.Id, a.Id, "DependsOn").FieldErrorsAsync();
        var twice = await client.PostRelationshipAsync(a.Id, b.Id, "Uses").FieldErrorsAsync();
        var missing = await client.PostRelationshipAsync(long.MaxValue, b.Id, "Uses").FieldErrorsAsync();
        var fromGroup = await client.PostRelationshipAsync(group.Id, a.Id, "DependsOn").FieldErrorsAsync();
        var sameName = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/redundancy-groups", new { name = group.Name, minimumHealthy = 1 }).FieldErrorsAsync();
        var noMinimum = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/redundancy-groups", new { name = "g", minimumHealthy = 0 }).FieldErrorsAsync();
        var otherType = await client.PostRelationshipAsync(a.Id, b.Id, "DependsOn");

        Assert.Contains("itself", self["targetId"][0]);
        Assert.Contains("already related", twice["type"][0]);
        Assert.True(missing.ContainsKey("sourceId"));
        Assert.Contains("redundancy group", fromGroup["sourceId"][0]);
        Assert.Contains("already exists", sameName["name"][0]);
        Assert.True(noMinimum.ContainsKey("minimumHealthy"));
        Assert.Equal(HttpStatusCode.Created, otherType.StatusCode);
    }

    [Fact]
    public async Task Impact_follows_redundancy_groups_and_walks_stop_at_their_depth()
    {
        var client = await AdminAsync();
        var shop = await client.BusinessServiceAsync(tier: 1);
        var tier = await client.GroupAsync(2);
        var (web1, web2, web3) = (await client.DeviceNamedAsync("web"), await client.DeviceNamedAsync("web"), await client.DeviceNamedAsync("web"));
        var hypervisor = await client.DeviceNamedAsync("hv");
        await client.RelateAsync(shop.Id, tier.Id, "DependsOn");
        foreach (var web in new[] { web1, web2, web3 })
        {
            await client.RelateAsync(web.Id, tier.Id, "MemberOf");
        }
        await client.RelateAsync(web1.Id, hypervisor.Id, "RunsOn");
        await client.RelateAsync(web2.Id, hypervisor.Id, "RunsOn");

        var one = await client.GetJsonAsync<ImpactDto>($"/api/v1/inventory/items/{web3.Id}/impact");
        var two = await client.PostJsonAsync<ImpactDto>("/api/v1/inventory/impact", new { itemIds = new[] { web1.Id, web3.Id } }, HttpStatusCode.OK);
        var downstream = await client.GetJsonAsync<List<WalkStepDto>>($"/api/v1/inventory/items/{hypervisor.Id}/downstream?depth=2");
        var upstream = await client.GetJsonAsync<List<WalkStepDto>>($"/api/v1/inventory/items/{shop.Id}/upstream?depth=10");
        var spofs = await client.GetJsonAsync<List<SinglePointOfFailureDto>>("/api/v1/inventory/single-points-of-failure");
        var (tooDeep, unknown) = (await client.GetAsync($"/api/v1/inventory/items/{shop.Id}/upstream?depth=0"),
            await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/impact", new { itemIds = new[] { long.MaxValue } }));

        Assert.Equal(ImpactState.Degraded, one.Affected.Single(a => a.Item.Id == shop.Id).State);
        Assert.Equal(ImpactState.Down, two.Affected.Single(a => a.Item.Id == shop.Id).State);
        Assert.Equal(new[] { web1.Id, web2.Id, tier.Id }.Order(), downstream.Select(s => s.Item.Id).Order().ToArray());
        Assert.Equal(3, upstream.Single(s => s.Item.Id == hypervisor.Id).Depth);
        Assert.Equal([shop.Id], spofs.Single(s => s.Item.Id == hypervisor.Id).TakesDown.Select(t => t.Id));
        Assert.True((await tooDeep.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("depth"));
        Assert.True((await unknown.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("itemIds"));
    }

    [Fact]
    public async Task Deleting_a_device_removes_its_relationships()
    {
        var client = await AdminAsync();
        var (app, db) = (await client.DeviceNamedAsync("app"), await client.DeviceNamedAsync("db"));
        await client.RelateAsync(app.Id, db.Id, "DependsOn");

        await client.DeleteAsync($"/api/v1/inventory/devices/{db.Id}");

        Assert.Empty((await client.GetJsonAsync<Page<RelationshipDto>>($"/api/v1/inventory/relationships?itemId={app.Id}")).Items);
    }

    [Fact]
    public async Task One_organization_never_relates_to_or_analyses_another_organizations_items()
    {
        var admin = await factory.AdminAsync();
        var slug = $"client-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Client B", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
        var (their1, their2) = (await theirs.DeviceNamedAsync("b1"), await theirs.DeviceNamedAsync("b2"));
        var relationship = await theirs.RelateAsync(their1.Id, their2.Id, "DependsOn");
        var ours = admin.Client;
        var mine = await ours.DeviceNamedAsync("a1");

        var toTheirs = await ours.PostRelationshipAsync(mine.Id, their1.Id, "DependsOn").FieldErrorsAsync();
        var impact = await ours.GetAsync($"/api/v1/inventory/items/{their1.Id}/impact");
        var walk = await ours.GetAsync($"/api/v1/inventory/items/{their2.Id}/downstream");
        var delete = await ours.DeleteAsync($"/api/v1/inventory/relationships/{relationship.Id}");
        var listed = await ours.GetJsonAsync<Page<RelationshipDto>>($"/api/v1/inventory/relationships?itemId={their1.Id}");

        Assert.True(toTheirs.ContainsKey("targetId"));
        Assert.Equal(HttpStatusCode.NotFound, impact.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, walk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Empty(listed.Items);
        Assert.Single((await theirs.GetJsonAsync<Page<RelationshipDto>>($"/api/v1/inventory/relationships?itemId={their1.Id}")).Items);
    }
}

public sealed class RelationshipTestsOnSqlite(SqliteFactory f) : RelationshipTests(f), IClassFixture<SqliteFactory>;

public sealed class RelationshipTestsOnPostgres(PostgresFactory f) : RelationshipTests(f), IClassFixture<PostgresFactory>;
