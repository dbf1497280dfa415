using System.Net;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class ServiceTests(WatchkeeperFactory factory)
{
    private async Task<HttpClient> AdminAsync() => (await factory.AdminAsync()).Client;

    [Fact]
    public async Task A_business_service_keeps_its_catalog_fields_and_recovery_targets_in_minutes()
    {
        var client = await AdminAsync();
        var team = await client.TeamAsync();

        var created = await client.ServiceAsync(new
        {
            name = InventoryApi.Unique("payroll"), kind = "BusinessService", ownerTeamId = team.Id, tier = 1, supportHours = "24x7",
            rto = "4h", rpo = "1d0h30m", visibleToRequesters = true, url = "https://payroll.example.com", tags = new[] { "HR" },
        });
        var edited = await HttpJson.ReadAsync<ServiceDto>(await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/services/{created.Id}",
            created.ToRequest() with { Tier = 2, Rto = "90m" }, r => r.Headers.TryAddWithoutValidation("If-Match", ETag.Of(created.Version))), HttpStatusCode.OK);

        Assert.Equal((1, 240, 1470, "24x7", true), (created.Tier, created.RtoMinutes, created.RpoMinutes, created.SupportHours, created.VisibleToRequesters));
        Assert.Equal(["hr"], created.Tags);
        Assert.Equal("1d30m", created.ToRequest().Rpo);
        Assert.Equal((2, 90), (edited.Tier, edited.RtoMinutes));
        await factory.WithDbAsync(async db =>
            Assert.True(await db.AuditEntries.AnyAsync(e => e.ObjectId == created.Id.ToString() && e.Action.EndsWith(".updated"))));
    }

    [Fact]
    public async Task Rules_are_reported_on_their_fields()
    {
        var client = await AdminAsync();
        var app = await client.ServiceAsync(new { name = InventoryApi.Unique("crm"), kind = "Application" });

        var business = await client.PostServiceAsync(new { name = "b", kind = "BusinessService", tier = 5, rto = "4 hours", rpo = "-15m", url = "ftp://x" }).FieldErrorsAsync();
        var application = await client.PostServiceAsync(new { name = "a", kind = "Application", tier = 1, rto = "4h", databaseEngine = "PostgreSQL", visibleToRequesters = true }).FieldErrorsAsync();
        var sameName = await client.PostServiceAsync(new { name = app.Name, kind = "Application" }).FieldErrorsAsync();
        var tooLong = await client.PostServiceAsync(new { name = "c", kind = "BusinessService", ownerTeamId = (await client.TeamAsync()).Id, rto = "400d" }).FieldErrorsAsync();
        var otherKind = await client.PostServiceAsync(new { name = app.Name, kind = "Database", databaseEngine = "PostgreSQL 16" });
        var badTierFilter = await client.GetAsync("/api/v1/inventory/services?tier=7");

        Assert.Contains("owner team", business["ownerTeamId"][0]);
        Assert.Contains("1 (most critical) to 4", business["tier"][0]);
        Assert.Contains("not a duration", business["rto"][0]);
        Assert.Contains("not a duration", business["rpo"][0]);
        Assert.Contains("http", business["url"][0]);
        Assert.Equal(["databaseEngine", "rto", "tier", "visibleToRequesters"], application.Keys.Order());
        Assert.Contains("Only business services", application["tier"][0]);
        Assert.Contains("already exists", sameName["name"][0]);
        Assert.Contains("at most a year", tooLong["rto"][0]);
        Assert.Equal(HttpStatusCode.Created, otherKind.StatusCode);
        Assert.True((await badTierFilter.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("tier"));
    }

    [Fact]
    public async Task The_list_filters_by_kind_tier_team_and_visibility()
    {
        var client = await AdminAsync();
        var visible = await client.BusinessServiceAsync(tier: 3, visible: true);
        var hidden = await client.BusinessServiceAsync(tier: 3);
        var database = await client.ServiceAsync(new { name = InventoryApi.Unique("db"), kind = "Database", databaseEngine = "PostgreSQL" });

        var tier3 = await client.GetJsonAsync<Page<ServiceDto>>("/api/v1/inventory/services?tier=3&limit=500");
        var shown = await client.GetJsonAsync<Page<ServiceDto>>($"/api/v1/inventory/services?visibleToRequesters=true&ownerTeamId={visible.OwnerTeam!.Id}");
        var databases = await client.GetJsonAsync<Page<ServiceDto>>("/api/v1/inventory/services?kind=Database&limit=500");

        Assert.Contains(tier3.Items, s => s.Id == hidden.Id);
        Assert.Equal(visible.Id, Assert.Single(shown.Items).Id);
        Assert.Contains(databases.Items, s => s.Id == database.Id);
        Assert.All(databases.Items, s => Assert.Equal(ServiceKind.Database, s.Kind));
    }

    [Fact]
    public async Task Requesters_see_only_active_business_services_marked_visible()
    {
        var client = await AdminAsync();
        var offered = await client.BusinessServiceAsync(tier: 2, visible: true);
        var hidden = await client.BusinessServiceAsync(tier: 2);
        var planned = await client.BusinessServiceAsync(tier: 2, visible: true, status: "Planned");
        var requester = await factory.UserWithRoleAsync("Requester");

        var catalog = await requester.Client.GetJsonAsync<List<CatalogEntryDto>>("/api/v1/inventory/catalog");
        var list = await requester.Client.GetAsync("/api/v1/inventory/services");

        Assert.Contains(catalog, c => c.Id == offered.Id && c.Tier == 2 && c.OwnerTeam!.Id == offered.OwnerTeam!.Id);
        Assert.DoesNotContain(catalog, c => c.Id == hidden.Id || c.Id == planned.Id);
        await list.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Impact_names_the_business_services_hurt_and_single_points_of_failure_follow_their_tier()
    {
        var client = await AdminAsync();
        var (shop, intranet) = (await client.BusinessServiceAsync(tier: 1), await client.BusinessServiceAsync(tier: 3));
        var app = await client.ServiceAsync(new { name = InventoryApi.Unique("shop-app"), kind = "Application" });
        var db = await client.ServiceAsync(new { name = InventoryApi.Unique("shop-db"), kind = "Database" });
        var host = await client.DeviceNamedAsync("host", "Critical");
        await client.RelateAsync(shop.Id, app.Id, "DependsOn");
        await client.RelateAsync(intranet.Id, db.Id, "DependsOn");
        await client.RelateAsync(app.Id, db.Id, "Uses");
        await client.RelateAsync(db.Id, host.Id, "RunsOn");

        var impact = await client.GetJsonAsync<ImpactDto>($"/api/v1/inventory/items/{host.Id}/impact");
        var spofs = await client.GetJsonAsync<List<SinglePointOfFailureDto>>("/api/v1/inventory/single-points-of-failure");

        Assert.Equal([(shop.Id, 1), (intranet.Id, 3)], impact.Services.Select(s => (s.Service.Id, s.Tier!.Value)));
        Assert.All(impact.Services, s => Assert.Equal(ImpactState.Down, s.State));
        Assert.Contains(impact.Affected, a => a.Item.Id == app.Id);
        Assert.Equal([shop.Id], spofs.Single(s => s.Item.Id == host.Id).TakesDown.Select(t => t.Id));
        Assert.DoesNotContain(spofs, s => s.Item.Id == intranet.Id || s.TakesDown.Any(t => t.Id == intranet.Id));
    }

    [Fact]
    public async Task One_organization_never_reads_lists_or_catalogs_another_organizations_services()
    {
        var admin = await factory.AdminAsync();
        var slug = $"client-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Client B", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
        var service = await theirs.BusinessServiceAsync(tier: 1, visible: true);
        var ours = admin.Client;

        var read = await ours.GetAsync($"/api/v1/inventory/services/{service.Id}");
        var change = await ours.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/services/{service.Id}", new { name = "taken over" });
        var delete = await ours.DeleteAsync($"/api/v1/inventory/services/{service.Id}");
        var listed = await ours.GetJsonAsync<Page<ServiceDto>>($"/api/v1/inventory/services?q={service.Name}");
        var catalog = await ours.GetJsonAsync<List<CatalogEntryDto>>("/api/v1/inventory/catalog");
        var sameNameHere = await ours.PostServiceAsync(new { name = service.Name, kind = "Application" });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Empty(listed.Items);
        Assert.DoesNotContain(catalog, c => c.Id == service.Id);
        Assert.Equal(HttpStatusCode.Created, sameNameHere.StatusCode);
    }
}

public sealed class ServiceTestsOnSqlite(SqliteFactory f) : ServiceTests(f), IClassFixture<SqliteFactory>;

public sealed class ServiceTestsOnPostgres(PostgresFactory f) : ServiceTests(f), IClassFixture<PostgresFactory>;
