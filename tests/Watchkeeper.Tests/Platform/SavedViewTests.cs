using System.Net;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory;

namespace Watchkeeper.Tests.Platform;

public abstract class SavedViewTests(WatchkeeperFactory factory)
{
    private static Task<SavedViewDto> SaveAsync(HttpClient client, string name, bool shared = false, bool isDefault = false) =>
        client.PostJsonAsync<SavedViewDto>("/api/v1/views",
            new SavedViewRequest("devices", name, "kind=Switch&status=Active", ["name", "ip", "serial"], "-name", shared, isDefault), HttpStatusCode.Created);

    private static async Task<List<string>> NamesAsync(HttpClient client) =>
        (await client.GetJsonAsync<List<SavedViewDto>>("/api/v1/views?page=devices")).Select(v => v.Name).ToList();

    [Fact]
    public async Task A_view_keeps_filters_columns_and_sort_and_changes_with_if_match()
    {
        var me = (await factory.UserWithRoleAsync("Network Engineer")).Client;
        var saved = await SaveAsync(me, "switches", isDefault: true);
        // Marking another view default takes the mark from the first, which changes its version.
        var second = await SaveAsync(me, "others", isDefault: true);
        var unmarked = await me.GetJsonAsync<SavedViewDto>($"/api/v1/views/{saved.Id}");

        var renamed = await HttpJson.ReadAsync<SavedViewDto>(await me.SendJsonAsync(HttpMethod.Put, $"/api/v1/views/{saved.Id}",
            new SavedViewRequest("devices", "core switches", "kind=Switch", ["name", "site"], null, false, true),
            r => r.Headers.TryAddWithoutValidation("If-Match", ETag.Of(unmarked.Version))), HttpStatusCode.OK);
        var stale = await me.SendJsonAsync(HttpMethod.Put, $"/api/v1/views/{saved.Id}", new SavedViewRequest("devices", "again"),
            r => r.Headers.TryAddWithoutValidation("If-Match", ETag.Of(saved.Version)));
        var views = await me.GetJsonAsync<List<SavedViewDto>>("/api/v1/views?page=devices");
        var deleted = await me.DeleteAsync($"/api/v1/views/{second.Id}");

        Assert.Equal(("kind=Switch&status=Active", "-name", true), (saved.Query, saved.Sort, saved.Mine));
        Assert.Equal(["name", "ip", "serial"], saved.Columns);
        Assert.False(unmarked.Default);
        Assert.Equal(("core switches", "kind=Switch"), (renamed.Name, renamed.Query));
        Assert.Equal(["name", "site"], renamed.Columns);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal([renamed.Id], views.Where(v => v.Default).Select(v => v.Id));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["core switches"], await NamesAsync(me));
        await factory.WithDbAsync(async db =>
            Assert.True(await db.AuditEntries.AnyAsync(e => e.ObjectId == saved.Id.ToString() && e.Action.EndsWith(".updated"))));
    }

    [Fact]
    public async Task Mistakes_are_reported_on_their_fields()
    {
        var me = (await factory.UserWithRoleAsync("Network Engineer")).Client;
        await SaveAsync(me, "mine");

        var sameName = await me.SendJsonAsync(HttpMethod.Post, "/api/v1/views", new SavedViewRequest("devices", "mine")).FieldErrorsAsync();
        var unknownPage = await me.SendJsonAsync(HttpMethod.Post, "/api/v1/views", new SavedViewRequest("nowhere", "x")).FieldErrorsAsync();
        var sharedWithoutWrite = await me.SendJsonAsync(HttpMethod.Post, "/api/v1/views", new SavedViewRequest("devices", "team", Shared: true)).FieldErrorsAsync();
        var noPage = await me.GetAsync("/api/v1/views");

        Assert.Contains("already have a view", sameName["name"][0]);
        Assert.Contains("devices", unknownPage["page"][0]);
        Assert.Contains("inventory.write", sharedWithoutWrite["shared"][0]);
        Assert.True((await noPage.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("page"));
    }

    [Fact]
    public async Task Private_views_stay_private_shared_ones_reach_the_organization_and_no_further()
    {
        var admin = await factory.AdminAsync();
        var owner = (await factory.UserWithRoleAsync("Business Architect")).Client;
        var colleague = (await factory.UserWithRoleAsync("Viewer")).Client;
        var (mine, ours) = (await SaveAsync(owner, InventoryApi.Unique("private")), await SaveAsync(owner, InventoryApi.Unique("shared"), shared: true));
        var slug = $"client-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Views elsewhere", slug }, HttpStatusCode.Created);
        var elsewhere = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;

        var seen = await NamesAsync(colleague);
        var readPrivate = await colleague.GetAsync($"/api/v1/views/{mine.Id}");
        var deleteShared = await colleague.DeleteAsync($"/api/v1/views/{ours.Id}");
        var fromOtherOrganization = await NamesAsync(elsewhere);
        var readThere = await elsewhere.GetAsync($"/api/v1/views/{ours.Id}");

        Assert.Contains(ours.Name, seen);
        Assert.DoesNotContain(mine.Name, seen);
        Assert.Equal(HttpStatusCode.NotFound, readPrivate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteShared.StatusCode);
        Assert.DoesNotContain(ours.Name, fromOtherOrganization);
        Assert.Equal(HttpStatusCode.NotFound, readThere.StatusCode);
    }

}

public sealed class SavedViewTestsOnSqlite(SqliteFactory f) : SavedViewTests(f), IClassFixture<SqliteFactory>;

public sealed class SavedViewTestsOnPostgres(PostgresFactory f) : SavedViewTests(f), IClassFixture<PostgresFactory>;
