using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task A_maintenance_window_holds_its_check_in_maintenance_and_recurring_windows_keep_their_local_time()
    {
        using var admin = Server.AsAdmin();
        using var web = new WebTarget();
        var (check, window, weekly, tag) = (Unique("patched"), Unique("upgrade"), Unique("weekly"), Unique("tag"));
        (await admin.RunAsync("checks", "create", "http", check, "--url", web.At("/failing"), "--interval", "10s")).Ok();

        var created = (await admin.RunAsync("maintenance", "create", window, "--starts", "now", "--ends", "+1h", "--check", check, "--reason", "CHG-42")).Ok();
        var held = await WaitForCheckAsync(admin, check, c => c.GetProperty("status").GetProperty("state").GetString() == "Maintenance");
        var listed = (await admin.RunAsync("maintenance", "list", "-q", window)).Ok();
        var shown = (await admin.RunAsync("maintenance", "show", window)).Ok();
        var shownJson = (await admin.RunAsync("maintenance", "show", window, "--json")).Ok().Json;
        // A tag no item carries: the recurring window covers nothing, so it never holds the check whatever day the test runs.
        (await admin.RunAsync("maintenance", "create", weekly, "--cron", "0 2 * * 0", "--duration", "2h", "--time-zone", "Europe/Berlin", "--tag", tag)).Ok();
        var occurrences = (await admin.RunAsync("maintenance", "occurrences", weekly, "--count", "3", "--json")).Ok().Json.GetProperty("items");
        var occurrenceTable = (await admin.RunAsync("maintenance", "occurrences", weekly, "--count", "3")).Ok();
        var version = (await admin.RunAsync("maintenance", "show", weekly, "--json")).Ok().Json.GetProperty("version").GetInt32();
        var updated = (await admin.RunAsync("maintenance", "update", weekly, "--duration", "90", "--reason", "monthly patching")).Ok();
        var stale = await admin.RunAsync("maintenance", "update", weekly, "--reason", "too late", "--if-version", version.ToString(CultureInfo.InvariantCulture));
        var deleted = (await admin.RunAsync("maintenance", "delete", window)).Ok();
        var released = await WaitForCheckAsync(admin, check, c => c.GetProperty("status").GetProperty("state").GetString() != "Maintenance");
        var gone = await admin.RunAsync("maintenance", "show", window);

        Assert.Contains("in force until", created.Output);
        Assert.Equal(shownJson.GetProperty("id").GetInt64(), held.GetProperty("status").GetProperty("maintenanceWindowId").GetInt64());
        Assert.Contains("in force until", listed.Output);
        Assert.Contains("CHG-42", listed.Output);
        Assert.Contains($"1 check: check {check}", listed.Output);
        Assert.Contains("Checks it covers now:", shown.Output);
        Assert.Contains(check, shown.Output.Split("Checks it covers now:")[1]);
        Assert.Contains("Next occurrences:", shown.Output);
        Assert.NotEqual(JsonValueKind.Null, shownJson.GetProperty("activeUntil").ValueKind);
        Assert.Equal(1, shownJson.GetProperty("coveredChecks").GetInt32());
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        Assert.Equal(3, occurrences.GetArrayLength());
        foreach (var occurrence in occurrences.EnumerateArray())
        {
            var (start, end) = (occurrence.GetProperty("start").GetDateTimeOffset(), occurrence.GetProperty("end").GetDateTimeOffset());
            var local = TimeZoneInfo.ConvertTime(start, berlin);
            Assert.Equal((DayOfWeek.Sunday, 2, 0), (local.DayOfWeek, local.Hour, local.Minute));
            Assert.Equal(TimeSpan.FromHours(2), end - start);
        }
        Assert.Matches(new Regex(@"\d{4}-\d{2}-\d{2} 02:00 \+0[12]:00"), occurrenceTable.Output);
        Assert.Contains("1h30m", updated.Output);
        Assert.Contains("monthly patching", updated.Output);
        stale.Expect(ExitCodes.Error);
        Assert.Contains("deleted", deleted.Output);
        Assert.Equal(JsonValueKind.Null, released.GetProperty("status").GetProperty("maintenanceWindowId").ValueKind);
        gone.Expect(ExitCodes.Error);
        Assert.Contains($"No maintenance window named '{window}'", gone.Error);
    }

    [Fact]
    public async Task A_maintenance_window_with_bad_input_is_refused_field_by_field()
    {
        using var admin = Server.AsAdmin();
        var (name, valid, tag) = (Unique("bad"), Unique("valid"), Unique("tag"));

        var backwards = await admin.RunAsync("maintenance", "create", name, "--starts", "+2h", "--ends", "+1h", "--tag", tag);
        var badCron = await admin.RunAsync("maintenance", "create", name, "--cron", "0 25 * * *", "--duration", "1h", "--tag", tag);
        var badZone = await admin.RunAsync("maintenance", "create", name, "--cron", "0 2 * * 0", "--duration", "1h", "--time-zone", "Mars/Olympus_Mons", "--tag", tag);
        var nothingCovered = await admin.RunAsync("maintenance", "create", name, "--starts", "now", "--ends", "+1h");
        var badDuration = await admin.RunAsync("maintenance", "create", name, "--cron", "0 2 * * 0", "--duration", "soon", "--tag", tag);
        (await admin.RunAsync("maintenance", "create", valid, "--cron", "0 2 * * 0", "--duration", "1h", "--tag", tag)).Ok();
        var tooMany = await admin.RunAsync("maintenance", "occurrences", valid, "--count", "500");

        backwards.Expect(ExitCodes.Error);
        Assert.Contains("endsAt: The end must come after the start.", backwards.Error);
        badCron.Expect(ExitCodes.Error);
        Assert.Contains("cron:", badCron.Error);
        badZone.Expect(ExitCodes.Error);
        Assert.Contains("timeZone:", badZone.Error);
        nothingCovered.Expect(ExitCodes.Error);
        Assert.Contains("checkIds: Choose what the window covers", nothingCovered.Error);
        badDuration.Expect(ExitCodes.Usage);
        Assert.Contains("'soon' is not a duration", badDuration.Error);
        tooMany.Expect(ExitCodes.Error);
        Assert.Contains("count:", tooMany.Error);
        Assert.Contains("(none)", (await admin.RunAsync("maintenance", "list", "--search", name)).Ok().Output);
        (await admin.RunAsync("maintenance", "delete", valid)).Ok();
    }
}
