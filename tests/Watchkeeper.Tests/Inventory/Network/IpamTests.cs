using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Network;

public abstract class IpamTests(WatchkeeperFactory factory)
{
    private async Task<HttpClient> AdminAsync() => (await factory.AdminAsync()).Client;

    private static Task<VrfDto> VrfAsync(HttpClient client) =>
        client.PostJsonAsync<VrfDto>("/api/v1/inventory/vrfs", new { name = InventoryApi.Unique("vrf"), routeDistinguisher = "65000:1" }, HttpStatusCode.Created);

    private static Task<PrefixDto> PrefixAsync(HttpClient client, long vrfId, string prefix) =>
        client.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix, vrfId }, HttpStatusCode.Created);

    private static Task<HttpResponseMessage> PostAddressAsync(HttpClient client, object address) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/ip-addresses", address);

    [Fact]
    public async Task Vrf_names_are_unique_and_route_distinguishers_checked()
    {
        var client = await AdminAsync();
        var vrf = await VrfAsync(client);

        var errors = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/vrfs", new { name = vrf.Name, routeDistinguisher = "nope" }).FieldErrorsAsync();

        Assert.Contains("already exists", errors["name"][0]);
        Assert.Contains("ASN:number", errors["routeDistinguisher"][0]);
    }

    [Fact]
    public async Task Prefixes_are_normalised_refused_with_host_bits_and_unique_per_vrf()
    {
        var client = await AdminAsync();
        var (vrf, other) = (await VrfAsync(client), await VrfAsync(client));
        var prefix = await PrefixAsync(client, vrf.Id, "2001:DB8:0::/48");

        var hostBits = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/prefixes", new { prefix = "10.1.2.3/16", vrfId = vrf.Id }).FieldErrorsAsync();
        var duplicate = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/prefixes", new { prefix = "2001:db8::/48", vrfId = vrf.Id }).FieldErrorsAsync();
        var elsewhere = await PrefixAsync(client, other.Id, "2001:db8::/48");

        Assert.Equal("2001:db8::/48", prefix.Prefix);
        Assert.Equal(IpFamily.IPv6, prefix.Family);
        Assert.Contains("the network is 10.1.0.0/16", hostBits["prefix"][0]);
        Assert.Contains("already exists in this VRF", duplicate["prefix"][0]);
        Assert.Equal(other.Id, elsewhere.VrfId);
    }

    [Fact]
    public async Task The_parent_is_the_longest_containing_prefix_in_the_same_vrf()
    {
        var client = await AdminAsync();
        var (vrf, other) = (await VrfAsync(client), await VrfAsync(client));
        var top = await PrefixAsync(client, vrf.Id, "10.0.0.0/8");
        var leaf = await PrefixAsync(client, vrf.Id, "10.1.2.0/24");
        await PrefixAsync(client, other.Id, "10.1.0.0/16");
        var middle = await PrefixAsync(client, vrf.Id, "10.1.0.0/16");

        var reread = await client.GetJsonAsync<PrefixDto>($"/api/v1/inventory/prefixes/{leaf.Id}");
        var within = await client.GetJsonAsync<Page<PrefixDto>>($"/api/v1/inventory/prefixes?vrfId={vrf.Id}&within=10.1.0.0/16");
        var tree = await client.GetJsonAsync<List<PrefixTreeNodeDto>>($"/api/v1/inventory/prefixes/tree?vrfId={vrf.Id}");
        var badWithin = await client.GetAsync($"/api/v1/inventory/prefixes?within=10.1.0.1/16");

        Assert.Equal(top.Id, leaf.ParentId);
        Assert.Equal(middle.Id, reread.ParentId);
        Assert.Equal(top.Id, middle.ParentId);
        Assert.Equal([leaf.Id], within.Items.Select(p => p.Id));
        Assert.Equal([(top.Id, 0), (middle.Id, 1), (leaf.Id, 2)], tree.Select(n => (n.Prefix.Id, n.Depth)));
        Assert.Contains("host bits", (await badWithin.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["within"][0]);
    }

    [Fact]
    public async Task Utilization_and_the_next_free_prefix_and_address()
    {
        var client = await AdminAsync();
        var vrf = await VrfAsync(client);
        var block = await PrefixAsync(client, vrf.Id, "192.0.2.0/24");
        await PrefixAsync(client, vrf.Id, "192.0.2.0/25");
        var lan = await PrefixAsync(client, vrf.Id, "192.0.2.128/30");
        await HttpJson.ReadAsync<IpAddressDto>(await PostAddressAsync(client, new { address = "192.0.2.129/30", vrfId = vrf.Id }), HttpStatusCode.Created);

        var used = await client.GetJsonAsync<PrefixUtilizationDto>($"/api/v1/inventory/prefixes/{block.Id}/utilization");
        var lanUsed = await client.GetJsonAsync<PrefixUtilizationDto>($"/api/v1/inventory/prefixes/{lan.Id}/utilization");
        var freePrefix = await client.GetJsonAsync<FreeSpaceDto>($"/api/v1/inventory/prefixes/{block.Id}/next-free-prefix?length=26");
        var freeAddress = await client.GetJsonAsync<FreeSpaceDto>($"/api/v1/inventory/prefixes/{lan.Id}/next-free-address");
        await HttpJson.ReadAsync<IpAddressDto>(await PostAddressAsync(client, new { address = freeAddress.Value, vrfId = vrf.Id }), HttpStatusCode.Created);
        var full = await client.GetAsync($"/api/v1/inventory/prefixes/{lan.Id}/next-free-address");
        var tooShort = await client.GetAsync($"/api/v1/inventory/prefixes/{block.Id}/next-free-prefix?length=16");

        Assert.Equal(("256", "prefixes", 2), (used.Size, used.Basis, used.ChildPrefixes));
        Assert.Equal(0.5 + (4.0 / 256), used.Utilization, 6);
        Assert.Equal(("addresses", 0.25), (lanUsed.Basis, lanUsed.Utilization));
        Assert.Equal("192.0.2.192/26", freePrefix.Value);
        Assert.Equal("192.0.2.130/30", freeAddress.Value);
        await full.ProblemAsync(HttpStatusCode.Conflict);
        Assert.True((await tooShort.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("length"));
    }

    [Fact]
    public async Task Addresses_are_unique_per_vrf_with_valid_dns_names_and_assigned_to_items()
    {
        var client = await AdminAsync();
        var (vrf, other) = (await VrfAsync(client), await VrfAsync(client));
        var device = await client.DeviceAsync(new { name = InventoryApi.Unique("web") });
        var created = await HttpJson.ReadAsync<IpAddressDto>(await PostAddressAsync(client,
            new { address = "2001:DB8::10/64", vrfId = vrf.Id, dnsName = "Web-01.Example.com.", itemId = device.Id }), HttpStatusCode.Created);

        var duplicate = await PostAddressAsync(client, new { address = "2001:db8:0::10", vrfId = vrf.Id }).FieldErrorsAsync();
        var badInput = await PostAddressAsync(client, new { address = "10.0.0.300", dnsName = "-bad_name", itemId = -1 }).FieldErrorsAsync();
        var otherVrf = await PostAddressAsync(client, new { address = "2001:db8::10/64", vrfId = other.Id });
        var found = await client.GetJsonAsync<Page<IpAddressDto>>($"/api/v1/inventory/ip-addresses?q=2001:db8:0:0::10&itemId={device.Id}");

        Assert.Equal(("2001:db8::10/64", "web-01.example.com", device.Name), (created.Address, created.DnsName, created.ItemName));
        Assert.Contains("2001:db8::10 is already in use in this VRF", duplicate["address"][0]);
        Assert.True(badInput.ContainsKey("address") && badInput.ContainsKey("dnsName") && badInput.ContainsKey("itemId"));
        Assert.Equal(HttpStatusCode.Created, otherVrf.StatusCode);
        Assert.Equal(created.Id, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task Changes_need_the_current_etag_and_are_audited()
    {
        var client = await AdminAsync();
        var vrf = await VrfAsync(client);
        var prefix = await PrefixAsync(client, vrf.Id, "198.51.100.0/24");
        var body = new { prefix = "198.51.100.0/24", vrfId = vrf.Id, status = "Reserved" };

        var stale = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/prefixes/{prefix.Id}", body, r => r.Headers.TryAddWithoutValidation("If-Match", "\"99\""));
        var fresh = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/prefixes/{prefix.Id}", body, r => r.Headers.TryAddWithoutValidation("If-Match", $"\"{prefix.Version}\""));
        var vrfInUse = await client.DeleteAsync($"/api/v1/inventory/vrfs/{vrf.Id}");
        var audit = await client.GetJsonAsync<Page<AuditEntryDto>>($"/api/v1/audit?objectId={prefix.Id}");

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(PrefixStatus.Reserved, (await HttpJson.ReadAsync<PrefixDto>(fresh, HttpStatusCode.OK)).Status);
        await vrfInUse.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(audit.Items, e => e.Action.EndsWith(".updated", StringComparison.Ordinal) && e.ObjectType!.Contains("prefix", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_organizations_prefixes_and_addresses_are_invisible_and_cannot_be_referenced()
    {
        var admin = await factory.AdminAsync();
        var slug = $"net-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Net B", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
        var vrf = await VrfAsync(theirs);
        var prefix = await PrefixAsync(theirs, vrf.Id, "203.0.113.0/24");
        var global = await theirs.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix = "100.64.0.0/10" }, HttpStatusCode.Created);
        var address = await HttpJson.ReadAsync<IpAddressDto>(await PostAddressAsync(theirs, new { address = "203.0.113.9/24", vrfId = vrf.Id }), HttpStatusCode.Created);
        var ours = admin.Client;
        var ourGlobal = await ours.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", new { prefix = "100.64.1.0/24" }, HttpStatusCode.Created);

        foreach (var path in new[] { $"vrfs/{vrf.Id}", $"prefixes/{prefix.Id}", $"prefixes/{prefix.Id}/utilization", $"prefixes/{prefix.Id}/next-free-address", $"ip-addresses/{address.Id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ours.GetAsync($"/api/v1/inventory/{path}")).StatusCode);
        }
        Assert.Empty((await ours.GetJsonAsync<Page<IpAddressDto>>("/api/v1/inventory/ip-addresses?q=203.0.113.9")).Items);
        Assert.DoesNotContain((await ours.GetJsonAsync<Page<PrefixDto>>("/api/v1/inventory/prefixes?limit=500&within=0.0.0.0/0")).Items, p => p.Id == prefix.Id || p.Id == global.Id);
        Assert.Null(ourGlobal.ParentId);
        var intoTheirVrf = await PostAddressAsync(ours, new { address = "203.0.113.10", vrfId = vrf.Id }).FieldErrorsAsync();
        var change = await ours.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/ip-addresses/{address.Id}", new { address = "203.0.113.9" });
        Assert.True(intoTheirVrf.ContainsKey("vrfId"));
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
    }
}

public sealed class IpamTestsOnSqlite(SqliteFactory f) : IpamTests(f), IClassFixture<SqliteFactory>;

public sealed class IpamTestsOnPostgres(PostgresFactory f) : IpamTests(f), IClassFixture<PostgresFactory>;
