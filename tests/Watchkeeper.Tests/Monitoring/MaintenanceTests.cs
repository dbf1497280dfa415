using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>Maintenance windows through the API, with the real scheduler, writer and sweeper running checks against loopback.</summary>
public abstract class MaintenanceTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task A_check_in_maintenance_records_its_failure_raises_nothing_and_raises_it_when_the_shownends()
    {
        var client = (await factory.AdminAsync()).Client;
        var device = await client.DeviceNamedAsync("db");
        var window = await client.WindowAsync(new
        {
            name = InventoryApi.Unique("patching"), reason = "CHG-1042", itemIds = new[] { device.Id },
            startsAt = DateTimeOffset.UtcNow.AddMinutes(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1),
        });
        var closed = Testing.LoopbackPorts.FreeTcp();
        var check = await client.CheckAsync(new { name = InventoryApi.Unique("db"), kind = "Tcp", itemId = device.Id, intervalSeconds = 10, failuresBeforeDown = 1, tcp = new { host = "127.0.0.1", port = closed } });

        var held = await client.WaitForAsync(check.Id, c => c.Status is { State: CheckState.Maintenance, Observed: CheckState.Down }, "a failing check in a window shows maintenance");
        var eventsInWindow = await EventsAsync(check.Id);
        var listed = await client.GetJsonAsync<Page<CheckDto>>($"{CheckApi.Checks}?state=Maintenance&limit=500");
        var shown = await client.GetJsonAsync<MaintenanceWindowDto>($"{MaintenanceApi.Windows}/{window.Id}");
        (await client.DeleteAsync($"{MaintenanceApi.Windows}/{window.Id}")).EnsureSuccessStatusCode();
        var after = await client.WaitForAsync(check.Id, c => c.Status.State == CheckState.Down, "the window is gone, so the check shows what it found");
        var changes = (await client.GetJsonAsync<Page<CheckStateChangeDto>>($"{CheckApi.Checks}/{check.Id}/changes")).Items.Reverse().ToList();

        Assert.Equal(window.Id, held.Status.MaintenanceWindowId);
        Assert.Contains(listed.Items, c => c.Id == check.Id);
        Assert.Equal(1, shown.CoveredChecks);
        Assert.NotNull(shown.ActiveUntil);
        Assert.Empty(eventsInWindow);
        Assert.Null(after.Status.MaintenanceWindowId);
        Assert.All(changes, c => Assert.True(c.Suppressed));
        Assert.Contains(changes, c => (c.From, c.To) == (CheckState.Unknown, CheckState.Maintenance) && c.Message.Contains("CHG-1042", StringComparison.Ordinal));
        Assert.Contains(changes, c => (c.From, c.To) == (CheckState.Unknown, CheckState.Down));
        Assert.Equal((CheckState.Maintenance, CheckState.Down), (changes[^1].From, changes[^1].To));
        var raised = Assert.Single(await EventsAsync(check.Id));
        Assert.Equal((CheckState.Unknown, CheckState.Down), (raised.From, raised.To));
        Assert.Contains("During maintenance", raised.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_window_on_a_service_with_its_dependencies_and_one_by_tag_cover_the_checks_of_those_items()
    {
        var client = (await factory.AdminAsync()).Client;
        var server = await client.DeviceNamedAsync("app-server");
        var tagged = await client.DeviceAsync(new { name = InventoryApi.Unique("edge"), tags = new[] { "patch-group-b" } });
        var service = await client.DeviceNamedAsync("shop");
        await client.RelateAsync(service.Id, server.Id, "DependsOn");
        var onServer = await client.CheckAsync(new { name = InventoryApi.Unique("ssh"), kind = "Tcp", itemId = server.Id, paused = true, tcp = new { host = "127.0.0.1", port = 22 } });
        var onTagged = await client.CheckAsync(new { name = InventoryApi.Unique("ping"), kind = "Tcp", itemId = tagged.Id, paused = true, tcp = new { host = "127.0.0.1", port = 22 } });
        var tag = InventoryApi.Unique("w");

        var withDependencies = await client.WindowAsync(new { name = tag + "-deps", cron = "0 2 * * 0", durationMinutes = 120, timeZone = "Europe/Berlin", itemIds = new[] { service.Id }, includeDependencies = true });
        var withoutDependencies = await client.WindowAsync(new { name = tag + "-only", cron = "0 2 * * 0", durationMinutes = 120, itemIds = new[] { service.Id } });
        var byTag = await client.WindowAsync(new { name = tag + "-tag", cron = "0 2 * * 0", durationMinutes = 120, tags = new[] { "patch-group-b" } });
        var covered = await client.GetJsonAsync<List<NamedRef>>($"{MaintenanceApi.Windows}/{withDependencies.Id}/checks");
        var coveredByTag = await client.GetJsonAsync<List<NamedRef>>($"{MaintenanceApi.Windows}/{byTag.Id}/checks");
        var occurrences = await client.GetJsonAsync<List<MaintenanceOccurrenceDto>>($"{MaintenanceApi.Windows}/{withDependencies.Id}/occurrences?count=30");

        Assert.Equal([onServer.Id], covered.Select(c => c.Id));
        Assert.Equal([onTagged.Id], coveredByTag.Select(c => c.Id));
        Assert.Empty(await client.GetJsonAsync<List<NamedRef>>($"{MaintenanceApi.Windows}/{withoutDependencies.Id}/checks"));
        Assert.Equal(30, occurrences.Count);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var local = occurrences.Select(o => TimeZoneInfo.ConvertTime(o.Start, berlin)).ToList();
        Assert.All(local, l => Assert.Equal(DayOfWeek.Sunday, l.DayOfWeek));
        // 30 Sundays hold one where the clocks go forward and 02:00 does not exist: that window starts at 03:00.
        Assert.Equal([3], local.Where(l => l.Hour != 2).Select(l => l.Hour));
        Assert.All(occurrences, o => Assert.Equal(TimeSpan.FromHours(2), o.End - o.Start));
        Assert.Equal(occurrences[0].Start, withDependencies.NextStart);
        Assert.Null(withDependencies.ActiveUntil);
        Assert.Equal((1, 0, 1), (withDependencies.CoveredChecks, withoutDependencies.CoveredChecks, byTag.CoveredChecks));
        Assert.Equal((service.Id, "Europe/Berlin"), (Assert.Single(withDependencies.Items).Id, withDependencies.TimeZone));
    }

    [Fact]
    public async Task Every_broken_rule_of_a_shownis_reported_on_its_field()
    {
        var client = (await factory.AdminAsync()).Client;
        var taken = await client.WindowNowAsync(checkIds: [(await client.CheckAsync(new { name = InventoryApi.Unique("t"), kind = "Tcp", paused = true, tcp = new { host = "db", port = 1 } })).Id]);
        var now = DateTimeOffset.UtcNow;

        var oneOff = await Errors(client, new { name = taken.Name, startsAt = now.AddHours(2), endsAt = now.AddHours(1), durationMinutes = 30, checkIds = new[] { long.MaxValue } });
        var longAndPast = await Errors(client, new { name = "a", startsAt = now.AddDays(-40), endsAt = now.AddMinutes(-1), itemIds = new[] { long.MaxValue } });
        var tooLong = await Errors(client, new { name = "b", startsAt = now, endsAt = now.AddDays(40), tags = new[] { "x" } });
        var recurring = await Errors(client, new { name = "c", cron = "every sunday", timeZone = "Mars/Olympus", startsAt = now, tags = new[] { "x" } });
        var nothing = await Errors(client, new { name = "d" });

        Assert.Equal(["checkIds", "durationMinutes", "endsAt", "name"], oneOff.Keys.Order());
        Assert.Contains("after the start", oneOff["endsAt"][0], StringComparison.Ordinal);
        Assert.Equal(["endsAt", "itemIds"], longAndPast.Keys.Order());
        Assert.Contains("at most 31 days", tooLong["endsAt"][0], StringComparison.Ordinal);
        Assert.Equal(["cron", "durationMinutes", "startsAt", "timeZone"], recurring.Keys.Order());
        Assert.Equal(["checkIds", "endsAt", "startsAt"], nothing.Keys.Order());
        Assert.Contains("Choose what the window covers", nothing["checkIds"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewers_read_windows_and_another_organization_sees_none_of_them()
    {
        var admin = await factory.AdminAsync();
        var check = await admin.Client.CheckAsync(new { name = InventoryApi.Unique("t"), kind = "Tcp", paused = true, tcp = new { host = "db", port = 1 } });
        var window = await admin.Client.WindowNowAsync(checkIds: [check.Id]);
        var viewer = (await factory.UserWithRoleAsync("Viewer")).Client;
        var slug = $"client-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Client W", slug }, HttpStatusCode.Created);
        var other = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;

        var read = await viewer.GetAsync($"{MaintenanceApi.Windows}/{window.Id}");
        var create = await viewer.SendJsonAsync(HttpMethod.Post, MaintenanceApi.Windows, new { name = "v", startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddHours(1), checkIds = new[] { check.Id } });
        var borrowed = await other.SendJsonAsync(HttpMethod.Post, MaintenanceApi.Windows, new { name = "v", startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddHours(1), checkIds = new[] { check.Id } });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.True((await borrowed.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("checkIds"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{MaintenanceApi.Windows}/{window.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{MaintenanceApi.Windows}/{window.Id}/checks")).StatusCode);
        Assert.DoesNotContain((await other.GetJsonAsync<Page<MaintenanceWindowDto>>($"{MaintenanceApi.Windows}?limit=500")).Items, w => w.Id == window.Id);
        Assert.Contains((await viewer.GetJsonAsync<Page<MaintenanceWindowDto>>($"{MaintenanceApi.Windows}?limit=500")).Items, w => w.Id == window.Id);
    }

    private async Task<List<CheckStateChanged>> EventsAsync(long checkId)
    {
        var events = new List<CheckStateChanged>();
        await factory.WithDbAsync(async db => events = (await db.OutboxMessages.Where(m => m.Type == nameof(CheckStateChanged)).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonSerializer.Deserialize<CheckStateChanged>(p, JsonSerializerOptions.Web)!).Where(e => e.CheckId == checkId).ToList());
        return events;
    }

    private static async Task<Dictionary<string, string[]>> Errors(HttpClient client, object request) =>
        (await (await client.SendJsonAsync(HttpMethod.Post, MaintenanceApi.Windows, request)).ProblemAsync(HttpStatusCode.BadRequest)).Errors!;
}

public sealed class MaintenanceTestsOnSqlite(SqliteFactory f) : MaintenanceTests(f), IClassFixture<SqliteFactory>;

public sealed class MaintenanceTestsOnPostgres(PostgresFactory f) : MaintenanceTests(f), IClassFixture<PostgresFactory>;
