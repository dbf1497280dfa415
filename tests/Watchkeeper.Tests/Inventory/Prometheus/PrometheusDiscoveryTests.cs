using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Discovery.Prometheus;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Prometheus;

public abstract class PrometheusDiscoveryTests(WatchkeeperFactory factory)
{
    private const string Targets = "/api/v1/inventory/prometheus/targets";

    [Fact]
    public async Task Active_tagged_devices_become_target_groups_with_their_labels()
    {
        var admin = (await factory.AdminAsync()).Client;
        var tag = InventoryApi.Unique("exp");
        var site = await admin.SiteAsync();
        var rack = await admin.RackAsync(site.Id);
        var web = await admin.DeviceAsync(new
        {
            name = InventoryApi.Unique("web"), kind = "Server", siteId = site.Id, rackId = rack.Id, primaryIp = "2001:db8::7",
            fqdn = "web.example.test", environment = "Production", criticality = "High", status = "Active", tags = new[] { tag, "pci" },
        });
        var byName = await admin.DeviceAsync(new { name = InventoryApi.Unique("db"), hostname = "db01", fqdn = "db01.example.test", status = "Active", tags = new[] { tag } });
        await admin.DeviceAsync(new { name = InventoryApi.Unique("planned"), primaryIp = "192.0.2.9", status = "Planned", tags = new[] { tag } });
        await admin.DeviceAsync(new { name = InventoryApi.Unique("noaddr"), status = "Active", tags = new[] { tag } });

        using var response = await admin.GetAsync($"{Targets}?tag={tag}");
        var groups = await HttpJson.ReadAsync<PrometheusTargetGroup[]>(response, HttpStatusCode.OK);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues(PrometheusEndpoints.SkippedHeader)));
        Assert.Equal([[$"[2001:db8::7]:9100"], ["db01.example.test:9100"]], groups.Select(g => g.Targets.ToArray()));
        var labels = groups[0].Labels;
        Assert.Equal(web.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), labels["watchkeeper_item"]);
        Assert.Equal(web.Name, labels["__meta_watchkeeper_name"]);
        Assert.Equal("Server", labels["__meta_watchkeeper_kind"]);
        Assert.Equal(site.Name, labels["__meta_watchkeeper_site"]);
        Assert.Equal(rack.Name, labels["__meta_watchkeeper_rack"]);
        Assert.Equal("Production", labels["__meta_watchkeeper_environment"]);
        Assert.Equal("High", labels["__meta_watchkeeper_criticality"]);
        Assert.Equal($",{string.Join(',', new[] { tag, "pci" }.Order(StringComparer.Ordinal))},", labels["__meta_watchkeeper_tags"]);
        Assert.Equal(byName.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), groups[1].Labels["__meta_watchkeeper_item_id"]);
    }

    [Fact]
    public async Task Filters_narrow_the_targets_and_a_port_tag_overrides_the_port()
    {
        var admin = (await factory.AdminAsync()).Client;
        var tag = InventoryApi.Unique("exp");
        var site = await admin.SiteAsync();
        await admin.DeviceAsync(new { name = InventoryApi.Unique("a"), kind = "Router", siteId = site.Id, primaryIp = "192.0.2.1", status = "Active", tags = new[] { tag, "win-port:9182" } });
        await admin.DeviceAsync(new { name = InventoryApi.Unique("b"), kind = "Server", primaryIp = "192.0.2.2", status = "Staged", environment = "Test", tags = new[] { tag } });

        async Task<string[]> TargetsAsync(string query) =>
            (await admin.GetJsonAsync<PrometheusTargetGroup[]>($"{Targets}?tag={tag}&{query}")).SelectMany(g => g.Targets).ToArray();

        Assert.Equal(["192.0.2.1:9182"], await TargetsAsync("portLabel=win-port"));
        Assert.Equal(["192.0.2.1:9500"], await TargetsAsync($"site={site.Name}&port=9500"));
        Assert.Equal(["192.0.2.1:9100"], await TargetsAsync($"site={site.Id}&kind=Router"));
        Assert.Equal(["192.0.2.2:9100"], await TargetsAsync("status=Staged&environment=Test"));
        Assert.Empty(await TargetsAsync("tag=nothing-has-this"));
        Assert.Empty(await TargetsAsync("kind=Firewall"));
    }

    [Fact]
    public async Task A_number_custom_field_can_give_the_port_and_every_custom_field_is_a_label()
    {
        var admin = (await factory.AdminAsync()).Client;
        var tag = InventoryApi.Unique("exp");
        var field = await admin.CustomFieldAsync("Number", "exporter-port-" + InventoryApi.Unique("p").ToLowerInvariant());
        var windows = await admin.DeviceAsync(new
        {
            name = InventoryApi.Unique("win"), primaryIp = "192.0.2.30", status = "Active", tags = new[] { tag, "win-port:9182" },
            customFields = new Dictionary<string, string> { [field.Key] = "9256" },
        });
        await admin.DeviceAsync(new { name = InventoryApi.Unique("tagged"), primaryIp = "192.0.2.31", status = "Active", tags = new[] { tag, "win-port:9182" } });

        var groups = await admin.GetJsonAsync<PrometheusTargetGroup[]>($"{Targets}?tag={tag}&portField={field.Key}&portLabel=win-port");
        using var unknown = await admin.GetAsync($"{Targets}?portField=no-such-field");

        Assert.Equal(["192.0.2.30:9256", "192.0.2.31:9182"], groups.SelectMany(g => g.Targets));
        Assert.Equal("9256", groups[0].Labels["__meta_watchkeeper_field_" + field.Key.Replace('-', '_')]);
        Assert.Equal(windows.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), groups[0].Labels["watchkeeper_item"]);
        Assert.Contains("portField", (await unknown.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }

    [Fact]
    public async Task Bad_filters_are_field_errors_and_a_token_needs_inventory_read()
    {
        var admin = await factory.AdminAsync();
        var errors = await admin.Client.GetAsync($"{Targets}?port=0&portLabel=Has%20Space&site=no-such-site&tag=a%20b");
        var unknownKind = await admin.Client.GetAsync($"{Targets}?kind=Toaster");
        var reader = await admin.Client.PostJsonAsync<CreatedTokenDto>("/api/v1/tokens", new { name = "prometheus", permissions = new[] { Permissions.InventoryRead } }, HttpStatusCode.Created);
        var other = await admin.Client.PostJsonAsync<CreatedTokenDto>("/api/v1/tokens", new { name = "no inventory", permissions = new[] { Permissions.UsersRead } }, HttpStatusCode.Created);

        var fields = (await errors.ProblemAsync(HttpStatusCode.BadRequest)).Errors!;
        Assert.Equal(["port", "portLabel", "site", "tag"], fields.Keys.Order(StringComparer.Ordinal));
        await unknownKind.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientWithToken(reader.Secret).GetAsync(Targets)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientWithToken(other.Secret).GetAsync(Targets)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Targets)).StatusCode);
    }
}

public sealed class PrometheusDiscoveryTestsOnSqlite(SqliteFactory f) : PrometheusDiscoveryTests(f), IClassFixture<SqliteFactory>;

public sealed class PrometheusDiscoveryTestsOnPostgres(PostgresFactory f) : PrometheusDiscoveryTests(f), IClassFixture<PostgresFactory>;
