using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Network;

public abstract class VlanTests(WatchkeeperFactory factory)
{
    private static Task<HttpResponseMessage> PostVlanAsync(HttpClient client, object vlan) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/vlans", vlan);

    [Fact]
    public async Task Racing_creations_of_one_vid_in_a_group_leave_one_vlan_and_field_errors()
    {
        var client = (await factory.AdminAsync()).Client;
        var group = await client.PostJsonAsync<VlanGroupDto>("/api/v1/inventory/vlan-groups", new { name = InventoryApi.Unique("race") }, HttpStatusCode.Created);

        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => PostVlanAsync(client, new { vid = 300, name = $"try-{i}", groupId = group.Id })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await refused.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal($"VLAN 300 already exists in group {group.Name}.", problem.Errors!["vid"][0]);
        }
    }

    [Fact]
    public async Task Vids_are_1_to_4094_and_unique_within_a_group_only()
    {
        var client = (await factory.AdminAsync()).Client;
        var site = await client.SiteAsync();
        var group = await client.PostJsonAsync<VlanGroupDto>("/api/v1/inventory/vlan-groups", new { name = InventoryApi.Unique("core"), siteId = site.Id }, HttpStatusCode.Created);
        var other = await client.PostJsonAsync<VlanGroupDto>("/api/v1/inventory/vlan-groups", new { name = InventoryApi.Unique("edge") }, HttpStatusCode.Created);
        var vlan = await HttpJson.ReadAsync<VlanDto>(await PostVlanAsync(client, new { vid = 100, name = "servers", groupId = group.Id, siteId = site.Id }), HttpStatusCode.Created);

        var duplicate = await PostVlanAsync(client, new { vid = 100, name = "again", groupId = group.Id }).FieldErrorsAsync();
        var outOfRange = await PostVlanAsync(client, new { vid = 4095, name = "reserved" }).FieldErrorsAsync();
        var otherGroup = await PostVlanAsync(client, new { vid = 100, name = "servers", groupId = other.Id });
        var ungrouped = await PostVlanAsync(client, new { vid = 100, name = "loose" });
        var groupInUse = await client.DeleteAsync($"/api/v1/inventory/vlan-groups/{group.Id}");
        var listed = await client.GetJsonAsync<Page<VlanDto>>($"/api/v1/inventory/vlans?groupId={group.Id}");
        var byVid = await client.GetJsonAsync<Page<VlanDto>>($"/api/v1/inventory/vlans?groupId={group.Id}&q=100");

        Assert.Equal((100, group.Id), (vlan.Vid, vlan.GroupId));
        Assert.Equal($"VLAN 100 already exists in group {group.Name}.", duplicate["vid"][0]);
        Assert.Contains("1 to 4094", outOfRange["vid"][0]);
        Assert.Equal(HttpStatusCode.Created, otherGroup.StatusCode);
        Assert.Equal(HttpStatusCode.Created, ungrouped.StatusCode);
        await groupInUse.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(vlan.Id, Assert.Single(listed.Items).Id);
        Assert.Equal(vlan.Id, Assert.Single(byVid.Items).Id);
    }

    [Fact]
    public async Task Another_organizations_vlan_groups_cannot_be_read_or_used()
    {
        var admin = await factory.AdminAsync();
        var slug = $"vlan-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Vlan B", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
        var group = await theirs.PostJsonAsync<VlanGroupDto>("/api/v1/inventory/vlan-groups", new { name = "core" }, HttpStatusCode.Created);

        var read = await admin.Client.GetAsync($"/api/v1/inventory/vlan-groups/{group.Id}");
        var use = await PostVlanAsync(admin.Client, new { vid = 10, name = "x", groupId = group.Id }).FieldErrorsAsync();

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.True(use.ContainsKey("groupId"));
    }
}

public sealed class VlanTestsOnSqlite(SqliteFactory f) : VlanTests(f), IClassFixture<SqliteFactory>;

public sealed class VlanTestsOnPostgres(PostgresFactory f) : VlanTests(f), IClassFixture<PostgresFactory>;
