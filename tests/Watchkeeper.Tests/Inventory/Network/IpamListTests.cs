using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory.Transfer;

namespace Watchkeeper.Tests.Inventory.Network;

/// <summary>The prefix and address lists' filters, each test in an organization of its own so a list holds only its rows.</summary>
public abstract class IpamListTests(WatchkeeperFactory factory)
{
    private static Task<PrefixDto> PrefixAsync(HttpClient client, object prefix) =>
        client.PostJsonAsync<PrefixDto>("/api/v1/inventory/prefixes", prefix, HttpStatusCode.Created);

    private static Task<IpAddressDto> AddressAsync(HttpClient client, object address) =>
        client.PostJsonAsync<IpAddressDto>("/api/v1/inventory/ip-addresses", address, HttpStatusCode.Created);

    [Fact]
    public async Task Prefixes_are_listed_by_site_status_and_family_across_vrfs_or_in_one()
    {
        var client = await factory.NewOrganizationAsync();
        var site = await client.SiteAsync();
        var vrf = await client.PostJsonAsync<VrfDto>("/api/v1/inventory/vrfs", new { name = "customer-a" }, HttpStatusCode.Created);
        var global = await PrefixAsync(client, new { prefix = "10.1.0.0/16", siteId = site.Id });
        var inVrf = await PrefixAsync(client, new { prefix = "10.1.0.0/16", siteId = site.Id, vrfId = vrf.Id });
        await PrefixAsync(client, new { prefix = "10.2.0.0/16", siteId = site.Id, status = "Reserved" });
        var v6 = await PrefixAsync(client, new { prefix = "2001:db8::/48", siteId = site.Id });
        await PrefixAsync(client, new { prefix = "10.3.0.0/16" });

        var everywhere = await client.GetJsonAsync<Page<PrefixDto>>($"/api/v1/inventory/prefixes?siteId={site.Id}&status=Active&family=IPv4");
        var globalTable = await client.GetJsonAsync<Page<PrefixDto>>($"/api/v1/inventory/prefixes?siteId={site.Id}&status=Active&vrfId=0");
        var badStatus = await client.GetAsync("/api/v1/inventory/prefixes?status=Retired").FieldErrorsAsync();
        var badSite = await client.GetAsync("/api/v1/inventory/prefixes?siteId=hq").FieldErrorsAsync();

        Assert.Equal([global.Id, inVrf.Id], everywhere.Items.Select(p => p.Id).Order());
        Assert.Equal([global.Id, v6.Id], globalTable.Items.Select(p => p.Id).Order());
        Assert.Equal("'Retired' is not one of: Container, Active, Reserved, Deprecated.", Assert.Single(badStatus["status"]));
        Assert.Equal("Use a whole number.", Assert.Single(badSite["siteId"]));
    }

    [Fact]
    public async Task Addresses_are_found_by_their_start_exactly_or_by_the_item_they_are_assigned_to()
    {
        var client = await factory.NewOrganizationAsync();
        var vrf = await client.PostJsonAsync<VrfDto>("/api/v1/inventory/vrfs", new { name = "customer-a" }, HttpStatusCode.Created);
        var device = await client.DeviceAsync(new { name = "web-01" });
        var gateway = await AddressAsync(client, new { address = "10.20.3.1/24", itemId = device.Id });
        var printer = await AddressAsync(client, new { address = "10.20.3.77/24", status = "Reserved", dnsName = "printer.example.com" });
        var elsewhere = await AddressAsync(client, new { address = "10.20.4.1/24", itemId = device.Id, vrfId = vrf.Id });
        await AddressAsync(client, new { address = "2001:db8::5" });

        var started = await client.GetJsonAsync<Page<IpAddressDto>>("/api/v1/inventory/ip-addresses?q=10.20.3.");
        var exact = await client.GetJsonAsync<Page<IpAddressDto>>("/api/v1/inventory/ip-addresses?q=10.20.3.1");
        var assigned = await client.GetJsonAsync<Page<IpAddressDto>>($"/api/v1/inventory/ip-addresses?itemId={device.Id}");
        var assignedHere = await client.GetJsonAsync<Page<IpAddressDto>>($"/api/v1/inventory/ip-addresses?itemId={device.Id}&vrfId=0");
        var reserved = await client.GetJsonAsync<Page<IpAddressDto>>("/api/v1/inventory/ip-addresses?within=10.20.0.0/16&status=Reserved");
        var badItem = await client.GetAsync("/api/v1/inventory/ip-addresses?itemId=web-01").FieldErrorsAsync();
        var badWithin = await client.GetAsync("/api/v1/inventory/ip-addresses?within=10.20.3.1/16").FieldErrorsAsync();

        Assert.Equal([gateway.Id, printer.Id], started.Items.Select(a => a.Id));
        Assert.Equal(gateway.Id, Assert.Single(exact.Items).Id);
        Assert.Equal([gateway.Id, elsewhere.Id], assigned.Items.Select(a => a.Id).Order());
        Assert.Equal(gateway.Id, Assert.Single(assignedHere.Items).Id);
        Assert.Equal(printer.Id, Assert.Single(reserved.Items).Id);
        Assert.Equal("Use a whole number.", Assert.Single(badItem["itemId"]));
        Assert.Contains("host bits", Assert.Single(badWithin["within"]));
    }
}

public sealed class IpamListTestsOnSqlite(SqliteFactory f) : IpamListTests(f), IClassFixture<SqliteFactory>;

public sealed class IpamListTestsOnPostgres(PostgresFactory f) : IpamListTests(f), IClassFixture<PostgresFactory>;
