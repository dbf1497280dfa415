using System.CommandLine;
using System.Text.Json;
using Watchkeeper.Cli.Commands.Monitoring;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Tests.Unit;

/// <summary>How <c>wk maintenance create</c> and <c>update</c> read times, durations and targets into the API's request, before anything is sent.</summary>
public sealed class MaintenanceOptionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("now", "2026-11-25T10:00:00Z")]
    [InlineData("NOW", "2026-11-25T10:00:00Z")]
    [InlineData("+2h", "2026-11-25T12:00:00Z")]
    [InlineData("+1h30m", "2026-11-25T11:30:00Z")]
    [InlineData("+45s", "2026-11-25T10:00:45Z")]
    [InlineData("2026-12-05T22:00+01:00", "2026-12-05T21:00:00Z")]
    [InlineData("2026-12-05T22:00:30Z", "2026-12-05T22:00:30Z")]
    [InlineData("2026-12-05 22:00 -0500", "2026-12-06T03:00:00Z")]
    // Wall-clock times are read in the zone: winter in Berlin is an hour ahead of UTC, summer two.
    [InlineData("2026-12-05T22:00", "2026-12-05T21:00:00Z")]
    [InlineData("2026-07-04 22:00", "2026-07-04T20:00:00Z")]
    // 02:30 on the night the clocks go forward does not exist; it is read an hour later, as the web form reads it.
    [InlineData("2026-03-29T02:30", "2026-03-29T01:30:00Z")]
    public void Times_read_as_instants(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MaintenanceTimes.Parse(text, () => Berlin, Now));

    [Theory]
    [InlineData("soon")]
    [InlineData("+90")]
    [InlineData("+")]
    [InlineData("+2 hours")]
    [InlineData("2026-12-05")]
    [InlineData("2026-13-05T22:00")]
    [InlineData("2026-12-05T22:00+15:00")]
    [InlineData("22:00")]
    public void Text_that_is_no_time_is_refused(string text) => Assert.Null(MaintenanceTimes.Parse(text, () => Berlin, Now));

    [Fact]
    public void Only_a_wall_clock_time_needs_the_time_zone() =>
        Assert.Equal(Now.AddHours(1), MaintenanceTimes.Parse("+1h", () => throw new InvalidOperationException("no zone needed"), Now));

    [Theory]
    [InlineData("90", 90)]
    [InlineData("90m", 90)]
    [InlineData("2h", 120)]
    [InlineData("1h30m", 90)]
    [InlineData("1d", 1440)]
    public void Durations_read_as_minutes(string text, int minutes) => Assert.Equal(minutes, MaintenanceTimes.Minutes(text));

    [Theory]
    [InlineData("soon")]
    [InlineData("30s")]
    [InlineData("1.5h")]
    [InlineData("")]
    public void Text_that_is_no_duration_in_minutes_is_refused(string text) => Assert.Null(MaintenanceTimes.Minutes(text));

    [Fact]
    public async Task A_one_off_window_takes_wall_clock_times_in_its_zone_and_its_targets()
    {
        var request = await ApplyAsync(new MaintenanceWindowRequest("patching"), "--starts", "2026-12-05 22:00", "--ends", "2026-12-06T02:00",
            "--time-zone", "Europe/Berlin", "--check", "7", "--check", "8,9", "--item", "3", "--tag", "linux", "--include-dependencies", "--reason", "CHG-42");

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 22, 0, 0, TimeSpan.FromHours(1)), request.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 1, 0, 0, TimeSpan.Zero), request.EndsAt);
        Assert.Equal(("Europe/Berlin", "CHG-42", true), (request.TimeZone, request.Reason, request.IncludeDependencies));
        Assert.Equal([7L, 8, 9], request.CheckIds);
        Assert.Equal([3L], request.ItemIds);
        Assert.Equal(["linux"], request.Tags);
        Assert.Null(request.Cron);
    }

    [Fact]
    public async Task A_window_given_only_its_end_starts_now()
    {
        var request = await ApplyAsync(new MaintenanceWindowRequest("hotfix"), "--ends", "+2h", "--check", "7");

        Assert.Equal((Now, Now.AddHours(2)), (request.StartsAt, request.EndsAt));
    }

    [Fact]
    public async Task A_cron_expression_makes_a_one_off_window_recurring_and_keeps_what_it_covers()
    {
        var current = new MaintenanceWindowRequest("patching", "CHG-42", Now, Now.AddHours(1), CheckIds: [7], Tags: ["linux"], IncludeDependencies: true);

        var request = await ApplyAsync(current, "--cron", "0 2 * * 0", "--duration", "2h", "--time-zone", "Europe/Berlin");

        Same(current with { StartsAt = null, EndsAt = null, Cron = "0 2 * * 0", DurationMinutes = 120, TimeZone = "Europe/Berlin" }, request);
    }

    [Fact]
    public async Task Update_changes_only_what_is_given_and_none_clears_a_list()
    {
        var current = new MaintenanceWindowRequest("patching", "CHG-42", Cron: "0 2 * * 0", DurationMinutes: 120, TimeZone: "Europe/Berlin",
            CheckIds: [7], ItemIds: [3], Tags: ["linux"], IncludeDependencies: true);

        var request = await ApplyAsync(current, "--duration", "90", "--tag", "none", "--include-dependencies", "false", "--reason", "");

        Same(current with { DurationMinutes = 90, Tags = [], IncludeDependencies = false, Reason = "" }, request);
        Same(current, await ApplyAsync(current));
    }

    [Theory]
    [InlineData("--starts", "now", "--cron", "0 2 * * 0")]
    [InlineData("--ends", "+1h", "--duration", "30")]
    [InlineData("--ends", "tomorrowish")]
    [InlineData("--starts", "2026-12-05T22:00", "--time-zone", "Mars/Olympus_Mons")]
    public async Task Mixed_schedules_unreadable_times_and_unknown_zones_for_a_wall_clock_are_usage_errors(params string[] args)
    {
        var error = await Assert.ThrowsAsync<CliException>(() => ApplyAsync(new MaintenanceWindowRequest("w"), args));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    [Fact]
    public void A_window_as_shown_reads_back_as_the_request_that_keeps_it()
    {
        var window = new MaintenanceWindowDto(4, "patching", "CHG-42", null, null, "0 2 * * 0", 120, "Europe/Berlin", [new NamedRef(7, "shop")],
            [new ItemRef(3, CiKind.Device, "web-01")], ["linux"], true, null, Now, 5, 2);

        Same(new MaintenanceWindowRequest("patching", "CHG-42", null, null, "0 2 * * 0", 120, "Europe/Berlin", [7], [3], ["linux"], true), window.ToRequest());
    }

    [Theory]
    [InlineData("maintenance", "create", "w", "--duration", "soon")]
    [InlineData("maintenance", "create", "w", "--ends", "whenever", "--check", "shop")]
    [InlineData("maintenance", "create", "w", "--starts", "now", "--cron", "0 2 * * 0", "--check", "shop")]
    [InlineData("maintenance", "occurrences")]
    public async Task Missing_or_malformed_options_exit_2_before_anything_is_sent(params string[] args)
    {
        using var wk = new Wk();
        // Nothing listens on port 1: reaching the server would exit 1, not 2.
        wk.Environment["WK_SERVER"] = "http://127.0.0.1:1";
        wk.Environment["WK_TOKEN"] = "wk_test";

        var result = (await wk.RunAsync(args)).Expect(ExitCodes.Usage);

        Assert.Contains("error:", result.Error);
    }

    // Requests hold lists, which records compare by reference: compare them as the API reads them.
    private static void Same(MaintenanceWindowRequest expected, MaintenanceWindowRequest actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, WatchkeeperJson.Options), JsonSerializer.Serialize(actual, WatchkeeperJson.Options));

    private static async Task<MaintenanceWindowRequest> ApplyAsync(MaintenanceWindowRequest current, params string[] args)
    {
        using var wk = new Wk();
        var fields = new MaintenanceFields();
        var global = new GlobalOptions();
        var root = new RootCommand();
        global.AddTo(root);
        root.With(fields.All);
        var parse = root.Parse(args);
        Assert.Empty(parse.Errors);
        using var session = new Session(new CliContext(TextWriter.Null, TextWriter.Null, wk.CreateEnvironment(), global), parse);
        return await fields.ApplyAsync(session, current, Now, CancellationToken.None);
    }
}
