using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Heartbeats;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>When a heartbeat is due and what a ping or a missed deadline does, with a fixed clock.</summary>
public sealed class HeartbeatScheduleTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly HeartbeatSchedule Hourly = HeartbeatSchedule.Of(new HeartbeatCheckSettings(PeriodSeconds: 3600, GraceSeconds: 300));
    private static readonly HeartbeatSchedule NightlyInBerlin = HeartbeatSchedule.Of(new HeartbeatCheckSettings(GraceSeconds: 1800, Cron: "0 2 * * *", TimeZone: "Europe/Berlin"));

    [Fact]
    public void A_period_expects_the_next_ping_a_period_after_the_last_and_allows_the_grace()
    {
        Assert.Equal(Noon.AddMinutes(65), Hourly.Deadline(Noon, null));
    }

    [Fact]
    public void A_run_in_progress_must_finish_within_the_grace_of_its_start()
    {
        Assert.Equal(Noon.AddMinutes(35), Hourly.Deadline(Noon, Noon.AddMinutes(30)));
        // A start just before the expected ping does not extend the wait beyond the schedule's own deadline.
        Assert.Equal(Noon.AddMinutes(65), Hourly.Deadline(Noon, Noon.AddMinutes(62)));
    }

    [Fact]
    public void Without_a_period_or_cron_a_ping_is_expected_daily_with_an_hour_of_grace()
    {
        Assert.Equal(Noon.AddHours(25), HeartbeatSchedule.Of(new HeartbeatCheckSettings()).Deadline(Noon, null));
    }

    [Theory]
    // Winter (CET, UTC+1): 02:00 in Berlin is 01:00 UTC; the grace adds half an hour.
    [InlineData("2026-01-10T01:05:00Z", "2026-01-11T01:30:00Z")]
    // Summer (CEST, UTC+2): the same 02:00 is 00:00 UTC.
    [InlineData("2026-07-10T00:05:00Z", "2026-07-11T00:30:00Z")]
    // The night the clocks go forward (29 March 2026) has no 02:00: the run is expected at 03:00 CEST, 01:00 UTC.
    [InlineData("2026-03-28T01:05:00Z", "2026-03-29T01:30:00Z")]
    // The night they go back (25 October 2026) has 02:00 twice: the first one (CEST, 00:00 UTC) counts, once.
    [InlineData("2026-10-24T00:05:00Z", "2026-10-25T00:30:00Z")]
    [InlineData("2026-10-25T00:05:00Z", "2026-10-26T01:30:00Z")]
    public void A_cron_expectation_keeps_its_local_time_across_daylight_saving(string lastPing, string deadline)
    {
        Assert.Equal(DateTimeOffset.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
            NightlyInBerlin.Deadline(DateTimeOffset.Parse(lastPing, System.Globalization.CultureInfo.InvariantCulture), null));
    }

    [Fact]
    public void A_success_after_a_start_is_up_and_timed_by_the_run()
    {
        var heartbeat = New(Noon);

        var start = HeartbeatVerdict.Apply(heartbeat, Hourly, new HeartbeatPing(PingKind.Start), Noon.AddMinutes(10));
        var end = HeartbeatVerdict.Apply(heartbeat, Hourly, new HeartbeatPing(PingKind.Success, Body: "done\nmore"), Noon.AddMinutes(12));

        Assert.Equal((null, Noon.AddMinutes(15)), (start.Outcome, start.Deadline));
        Assert.Equal((CheckState.Up, 120_000.0, "Ping received after a run of 2 min: done"), (end.Outcome!.Result, end.Outcome.LatencyMs, end.Outcome.Message));
        Assert.Equal(Noon.AddMinutes(77), end.Deadline);
        Assert.Equal((null, 120_000.0, Noon.AddMinutes(12)), (heartbeat.StartedAt, heartbeat.LastDurationMs, heartbeat.WaitingSince));
    }

    [Fact]
    public void A_non_zero_exit_code_is_down_and_a_log_ping_changes_nothing_but_the_body()
    {
        var heartbeat = New(Noon);

        var log = HeartbeatVerdict.Apply(heartbeat, Hourly, new HeartbeatPing(PingKind.Log, Body: "step 2"), Noon.AddMinutes(1));
        var failed = HeartbeatVerdict.Apply(heartbeat, Hourly, new HeartbeatPing(PingKind.ExitCode, 2), Noon.AddMinutes(2));

        Assert.Equal((null, Noon.AddMinutes(65)), (log.Outcome, log.Deadline));
        Assert.Equal((CheckState.Down, "Exited with code 2"), (failed.Outcome!.Result, failed.Outcome.Message));
        Assert.Equal("step 2", heartbeat.LastBody);
    }

    [Fact]
    public void A_passed_deadline_is_down_and_says_since_when_and_what_was_expected()
    {
        var heartbeat = New(Noon);

        var missed = HeartbeatVerdict.Missed(heartbeat, Hourly, Noon.AddMinutes(65), Noon.AddMinutes(65));

        Assert.Equal("No ping since 12:00:00 UTC (expected every 1 h, grace 5 min)", missed.Outcome!.Message);
        // Still no ping: the next expected one, an hour on, is judged again.
        Assert.Equal(Noon.AddMinutes(130), missed.Deadline);
    }

    [Fact]
    public void A_start_never_finished_says_so_and_a_deadline_moved_by_a_ping_is_no_miss()
    {
        var heartbeat = New(Noon);
        heartbeat.StartedAt = Noon.AddMinutes(10);

        var moved = HeartbeatVerdict.Missed(heartbeat, Hourly, Noon.AddMinutes(75), Noon.AddMinutes(15));
        var missed = HeartbeatVerdict.Missed(heartbeat, Hourly, Noon.AddMinutes(15), Noon.AddMinutes(15));

        Assert.Null(moved.Outcome);
        Assert.Equal("Started at 12:10:00 UTC but never finished (grace 5 min)", missed.Outcome!.Message);
        Assert.Null(heartbeat.StartedAt);
    }

    [Fact]
    public void Times_in_messages_are_local_to_the_cron_time_zone_with_the_date_when_not_today()
    {
        Assert.Equal("2026-11-23 03:00 Europe/Berlin", NightlyInBerlin.Time(Noon.AddHours(-34), Noon));
        Assert.Equal("expected at '0 2 * * *' Europe/Berlin, grace 30 min", NightlyInBerlin.Describe());
    }

    private static Heartbeat New(DateTimeOffset waitingSince) => new() { TokenHash = "", TokenSecret = "", WaitingSince = waitingSince };
}
