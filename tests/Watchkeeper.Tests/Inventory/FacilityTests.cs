using System.Net;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class FacilityTests(WatchkeeperFactory factory)
{
    private async Task<HttpClient> AdminAsync() => (await factory.AdminAsync()).Client;

    [Fact]
    public async Task A_site_needs_a_unique_name_an_iana_time_zone_and_both_coordinates()
    {
        var client = await AdminAsync();
        var site = await client.SiteAsync();

        var errors = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/sites",
            new { name = site.Name, timeZone = "Mars/Olympus", latitude = 52.5 }).FieldErrorsAsync();
        var outOfRange = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/sites",
            new { name = InventoryApi.Unique("s"), latitude = 91, longitude = 13 }).FieldErrorsAsync();

        Assert.Equal("Europe/Berlin", site.TimeZone);
        Assert.Contains("already exists", errors["name"][0]);
        Assert.Contains("IANA", errors["timeZone"][0]);
        Assert.Contains("both", errors["longitude"][0]);
        Assert.True(outOfRange.ContainsKey("latitude"));
    }

    [Fact]
    public async Task Updates_need_the_current_etag_and_are_audited()
    {
        var client = await AdminAsync();
        var site = await client.SiteAsync();
        var body = new { name = site.Name, timeZone = "UTC", address = "1 Main Street" };

        var stale = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/sites/{site.Id}", body, r => r.Headers.TryAddWithoutValidation("If-Match", "\"99\""));
        var fresh = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/sites/{site.Id}", body, r => r.Headers.TryAddWithoutValidation("If-Match", $"\"{site.Version}\""));
        var audit = await client.GetJsonAsync<Page<AuditEntryDto>>($"/api/v1/audit?objectType=site&objectId={site.Id}");

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        var updated = await HttpJson.ReadAsync<SiteDto>(fresh, HttpStatusCode.OK);
        Assert.Equal("1 Main Street", updated.Address);
        Assert.Equal($"\"{updated.Version}\"", fresh.Headers.ETag?.Tag);
        Assert.Contains(audit.Items, e => e.Action == "site.updated");
        Assert.Contains(audit.Items, e => e.Action == "site.created");
    }

    [Fact]
    public async Task Locations_form_a_tree_inside_one_site_without_cycles()
    {
        var client = await AdminAsync();
        var (site, other) = (await client.SiteAsync(), await client.SiteAsync());
        var building = await client.PostJsonAsync<LocationDto>("/api/v1/inventory/locations", new { siteId = site.Id, name = "B1", kind = "Building" }, HttpStatusCode.Created);
        var floor = await client.PostJsonAsync<LocationDto>("/api/v1/inventory/locations", new { siteId = site.Id, name = "F1", kind = "Floor", parentId = building.Id }, HttpStatusCode.Created);

        var cycle = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/locations/{building.Id}",
            new { siteId = site.Id, name = "B1", kind = "Building", parentId = floor.Id }).FieldErrorsAsync();
        var foreignParent = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/locations",
            new { siteId = other.Id, name = "R1", parentId = floor.Id }).FieldErrorsAsync();
        var notEmpty = await client.DeleteAsync($"/api/v1/inventory/locations/{building.Id}");

        Assert.Contains("inside itself", cycle["parentId"][0]);
        Assert.Contains("same site", foreignParent["parentId"][0]);
        await notEmpty.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Racks_are_1_to_60_units_at_a_site_and_in_a_location_of_that_site()
    {
        var client = await AdminAsync();
        var (site, other) = (await client.SiteAsync(), await client.SiteAsync());
        var room = await client.PostJsonAsync<LocationDto>("/api/v1/inventory/locations", new { siteId = other.Id, name = "Room" }, HttpStatusCode.Created);

        var tooHigh = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/racks", new { siteId = site.Id, name = "R", heightU = 61 }).FieldErrorsAsync();
        var elsewhere = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/racks", new { siteId = site.Id, name = "R", locationId = room.Id }).FieldErrorsAsync();
        var rack = await client.RackAsync(site.Id, 48, "Descending");
        var racks = await client.GetJsonAsync<Page<RackDto>>($"/api/v1/inventory/racks?siteId={site.Id}");

        Assert.True(tooHigh.ContainsKey("heightU"));
        Assert.Contains("rack's site", elsewhere["locationId"][0]);
        Assert.Equal(RackNumbering.Descending, Assert.Single(racks.Items).Numbering);
        Assert.Equal(rack.Id, racks.Items[0].Id);
    }

    [Fact]
    public async Task A_site_is_deleted_only_when_empty()
    {
        var client = await AdminAsync();
        var site = await client.SiteAsync();
        var rack = await client.RackAsync(site.Id);

        var refused = await client.DeleteAsync($"/api/v1/inventory/sites/{site.Id}");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/inventory/racks/{rack.Id}")).StatusCode);
        var deleted = await client.DeleteAsync($"/api/v1/inventory/sites/{site.Id}");

        Assert.Contains("1 rack", (await refused.ProblemAsync(HttpStatusCode.Conflict)).Detail);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task Creating_the_same_site_at_the_same_moment_creates_one_and_refuses_the_rest_cleanly()
    {
        var client = await AdminAsync();
        var name = InventoryApi.Unique("race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/sites", new { name, timeZone = "UTC" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
    }

    [Fact]
    public async Task A_duplicate_that_slips_past_the_rules_is_recognised_as_a_unique_violation()
    {
        var site = await (await AdminAsync()).SiteAsync();

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var organizationId = await db.Sites.Where(s => s.Id == site.Id).Select(s => s.OrganizationId).SingleAsync();
            db.Sites.Add(new Site { OrganizationId = organizationId, Name = site.Name, TimeZone = "UTC" });
            await db.SaveChangesAsync();
        }));

        Assert.True(UniqueViolation.Is(refused));
    }
}

public sealed class FacilityTestsOnSqlite(SqliteFactory f) : FacilityTests(f), IClassFixture<SqliteFactory>;

public sealed class FacilityTestsOnPostgres(PostgresFactory f) : FacilityTests(f), IClassFixture<PostgresFactory>;
