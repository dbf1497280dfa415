using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory.Transfer;

namespace Watchkeeper.Tests.Inventory;

public abstract class SiteListTests(WatchkeeperFactory factory)
{
    private static Task<SiteDto> SiteAsync(HttpClient client, string name, string timeZone, string address) =>
        client.PostJsonAsync<SiteDto>("/api/v1/inventory/sites", new { name, timeZone, address }, HttpStatusCode.Created);

    private static async Task<string[]> NamesAsync(HttpClient client, string query) =>
        [.. (await client.GetJsonAsync<Page<SiteDto>>($"/api/v1/inventory/sites?{query}")).Items.Select(s => s.Name)];

    [Fact]
    public async Task The_site_list_and_its_export_filter_by_name_address_and_time_zone()
    {
        var client = await factory.NewOrganizationAsync();
        await SiteAsync(client, "Lisbon DC", "Europe/Lisbon", "Rua do Ouro 1, Lisboa");
        await SiteAsync(client, "Berlin office", "Europe/Berlin", "Hauptstrasse 1, Berlin");
        await SiteAsync(client, "Porto colo", "Europe/Lisbon", "Avenida 2, Porto");

        var byAddress = await NamesAsync(client, "q=lisboa");
        var byName = await NamesAsync(client, "q=OFFICE");
        var byZone = await NamesAsync(client, "timeZone=Europe/Lisbon");
        var both = await NamesAsync(client, "timeZone=Europe/Lisbon&q=porto");
        var exported = await client.ExportAsync("sites", "&timeZone=Europe/Lisbon&q=rua");

        Assert.Equal(["Lisbon DC"], byAddress);
        Assert.Equal(["Berlin office"], byName);
        Assert.Equal(["Lisbon DC", "Porto colo"], byZone);
        Assert.Equal(["Porto colo"], both);
        Assert.Contains("Lisbon DC", exported);
        Assert.DoesNotContain("Porto colo", exported);
        Assert.DoesNotContain("Berlin office", exported);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_a_field_error_on_the_list_and_the_export()
    {
        var client = await factory.NewOrganizationAsync();

        var listed = await client.GetAsync("/api/v1/inventory/sites?timeZone=Mars/Olympus").FieldErrorsAsync();
        var exported = await client.GetAsync("/api/v1/inventory/export/sites?format=csv&timeZone=Mars/Olympus").FieldErrorsAsync();
        var limit = await client.GetAsync("/api/v1/inventory/sites?limit=ten").FieldErrorsAsync();

        Assert.Contains("Mars/Olympus", Assert.Single(listed["timeZone"]));
        Assert.Equal("Use a whole number.", Assert.Single(limit["limit"]));
        Assert.Equal(["timeZone"], exported.Keys);
    }
}

public sealed class SiteListTestsOnSqlite(SqliteFactory f) : SiteListTests(f), IClassFixture<SqliteFactory>;

public sealed class SiteListTestsOnPostgres(PostgresFactory f) : SiteListTests(f), IClassFixture<PostgresFactory>;
