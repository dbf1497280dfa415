using Watchkeeper.Server.Monitoring.Maintenance;

namespace Watchkeeper.Tests.Monitoring;

public sealed class MaintenanceScheduleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 23, 12, 0, 0, TimeSpan.Zero);

    private static MaintenanceSchedule Recurring(string cron, int minutes, string zone = "UTC") =>
        MaintenanceSchedule.Of(new MaintenanceWindow { Name = "w", Cron = cron, DurationMinutes = minutes, TimeZone = zone });

    [Fact]
    public void A_one_off_window_holds_from_its_start_until_just_before_its_end()
    {
        var schedule = MaintenanceSchedule.Of(new MaintenanceWindow { Name = "w", StartsAt = Monday, EndsAt = Monday.AddHours(2) });

        Assert.Null(schedule.At(Monday.AddTicks(-1)));
        Assert.Equal(new MaintenanceOccurrence(Monday, Monday.AddHours(2)), schedule.At(Monday));
        Assert.NotNull(schedule.At(Monday.AddHours(2).AddTicks(-1)));
        Assert.Null(schedule.At(Monday.AddHours(2)));
        Assert.Equal([new MaintenanceOccurrence(Monday, Monday.AddHours(2))], schedule.After(Monday.AddDays(-1), 5));
        Assert.Empty(schedule.After(Monday, 5));
    }

    [Fact]
    public void A_recurring_window_holds_for_its_duration_after_each_start()
    {
        var nightly = Recurring("0 2 * * *", 90);
        var tonight = new DateTimeOffset(2026, 3, 24, 2, 0, 0, TimeSpan.Zero);

        Assert.Null(nightly.At(tonight.AddMinutes(-1)));
        Assert.Equal(new MaintenanceOccurrence(tonight, tonight.AddMinutes(90)), nightly.At(tonight.AddMinutes(89)));
        Assert.Null(nightly.At(tonight.AddMinutes(90)));
        Assert.Equal([tonight, tonight.AddDays(1), tonight.AddDays(2)], nightly.After(Monday, 3).Select(o => o.Start));
    }

    [Fact]
    public void Starts_stay_at_local_time_across_daylight_saving_changes()
    {
        // Europe/Berlin moves to summer time on 2026-03-29 and back on 2026-10-25.
        var sundays = Recurring("0 3 * * 0", 60, "Europe/Berlin");

        var starts = sundays.After(new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero), 2).Select(o => o.Start.UtcDateTime).ToList();
        var autumn = sundays.After(new DateTimeOffset(2026, 10, 20, 0, 0, 0, TimeSpan.Zero), 2).Select(o => o.Start.UtcDateTime).ToList();

        Assert.Equal([new DateTime(2026, 3, 22, 2, 0, 0), new DateTime(2026, 3, 29, 1, 0, 0)], starts);
        Assert.Equal([new DateTime(2026, 10, 25, 2, 0, 0), new DateTime(2026, 11, 1, 2, 0, 0)], autumn);
    }

    [Fact]
    public void A_start_in_the_skipped_hour_moves_to_the_hour_after_and_still_lasts_its_duration()
    {
        // 02:30 does not exist in Berlin on 2026-03-29.
        var nightly = Recurring("30 2 * * *", 60, "Europe/Berlin");

        var occurrence = nightly.After(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero), 1)[0];

        Assert.Equal(new DateTime(2026, 3, 29, 1, 0, 0), occurrence.Start.UtcDateTime);
        Assert.Equal(TimeSpan.FromHours(1), occurrence.End - occurrence.Start);
    }

    [Fact]
    public void Overlapping_occurrences_join_into_one_stretch()
    {
        // Every hour, lasting two: one stretch that never ends between starts.
        var hourly = Recurring("0 * * * *", 120);
        var weekdays = Recurring("0 20 * * 1-5", 16 * 60);

        var now = hourly.At(Monday)!.Value;
        var evening = weekdays.At(new DateTimeOffset(2026, 3, 24, 7, 0, 0, TimeSpan.Zero))!.Value;

        Assert.True(now.End - now.Start > TimeSpan.FromDays(30));
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 12, 0, 0, TimeSpan.Zero), evening.End);
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 20, 0, 0, TimeSpan.Zero), evening.Start);
    }

    [Fact]
    public void The_plan_answers_the_window_that_lasts_longest_for_a_check()
    {
        var shortOne = new PlannedWindow(1, 1, "short", null, MaintenanceSchedule.Of(new MaintenanceWindow { Name = "s", StartsAt = Monday, EndsAt = Monday.AddHours(1) }), new HashSet<long> { 7 });
        var longOne = new PlannedWindow(2, 1, "long", null, MaintenanceSchedule.Of(new MaintenanceWindow { Name = "l", StartsAt = Monday, EndsAt = Monday.AddHours(3) }), new HashSet<long> { 7, 8 });
        var plan = new MaintenancePlan(1, [shortOne, longOne]);

        Assert.Equal(2, plan.For(7, Monday.AddMinutes(5))!.Window.Id);
        Assert.Equal(2, plan.For(8, Monday.AddMinutes(5))!.Window.Id);
        Assert.Null(plan.For(9, Monday.AddMinutes(5)));
        Assert.Null(plan.For(7, Monday.AddHours(4)));
        Assert.Equal([7L, 8L], plan.HeldAt(Monday.AddMinutes(5)).Keys.Order());
        Assert.Empty(plan.HeldAt(Monday.AddHours(4)));
    }
}
