using Watchkeeper.Server.Monitoring.Scheduling;

namespace Watchkeeper.Tests.Monitoring;

public sealed class CheckSlotsTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(10)]
    [InlineData(60)]
    [InlineData(86_400)]
    public void A_thousand_checks_of_one_interval_fire_evenly_across_it(int seconds)
    {
        var interval = TimeSpan.FromSeconds(seconds);
        var buckets = new int[10];
        foreach (var id in Enumerable.Range(1, 1000))
        {
            buckets[(int)(CheckSlots.Phase(id, interval).Ticks * 10 / interval.Ticks)]++;
        }

        // Perfectly even would be 100 per tenth; the golden-ratio phases stay within a few of it.
        Assert.All(buckets, b => Assert.InRange(b, 95, 105));
    }

    [Fact]
    public void Runs_stay_on_their_grid_however_late_each_one_started()
    {
        var interval = TimeSpan.FromSeconds(30);
        var first = CheckSlots.NextAfter(7, interval, Noon);
        var at = first;
        var slots = new List<DateTimeOffset>();
        foreach (var lateness in new[] { 0.0, 2.5, 4.9, 0.1, 3.3 })
        {
            at = CheckSlots.NextAfter(7, interval, at + TimeSpan.FromSeconds(lateness));
            slots.Add(at);
        }

        Assert.InRange(first - Noon, TimeSpan.FromTicks(1), interval);
        Assert.Equal(Enumerable.Range(1, 5).Select(k => first + (interval * k)), slots);
    }

    [Fact]
    public void The_next_slot_is_strictly_after_now_even_on_a_slot()
    {
        var interval = TimeSpan.FromMinutes(1);
        var slot = CheckSlots.NextAfter(3, interval, Noon);

        Assert.Equal(slot + interval, CheckSlots.NextAfter(3, interval, slot));
    }

    [Fact]
    public void A_check_on_time_starts_now_and_late_ones_spread_over_the_catch_up_window()
    {
        var hourly = TimeSpan.FromHours(1);
        var due = Noon.AddHours(-3);

        var onTime = CheckSlots.StartOf(1, hourly, Noon.AddSeconds(-2), Noon);
        var late = Enumerable.Range(1, 600).Select(id => CheckSlots.StartOf(id, hourly, due, Noon)).ToList();
        var lateFast = CheckSlots.StartOf(5, TimeSpan.FromSeconds(10), due, Noon);

        Assert.Equal(Noon, onTime);
        Assert.All(late, start => Assert.InRange(start, Noon, Noon + CheckSlots.CatchUpWindow));
        Assert.True(late.CountBy(s => (s - Noon).Seconds / 6).All(b => b.Value is > 50 and < 70), "late checks spread across the window");
        Assert.InRange(lateFast, Noon, Noon.AddSeconds(10));
    }
}
