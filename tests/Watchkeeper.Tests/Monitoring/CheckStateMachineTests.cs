using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.States;
using static Watchkeeper.Contracts.CheckState;

namespace Watchkeeper.Tests.Monitoring;

public sealed class CheckStateMachineTests
{
    private static (CheckMemory Memory, List<(CheckState From, CheckState To)> Changes) Run(CheckThresholds thresholds, params CheckState[] results)
    {
        var memory = CheckMemory.New;
        var changes = new List<(CheckState, CheckState)>();
        foreach (var result in results)
        {
            var step = CheckStateMachine.Apply(memory, result, thresholds);
            if (step.Left is { } left)
            {
                changes.Add((left, step.Memory.State));
            }
            memory = step.Memory;
        }
        return (memory, changes);
    }

    [Fact]
    public void The_first_result_is_taken_at_once()
    {
        Assert.Equal([(Unknown, Down)], Run(new(3, 2), Down).Changes);
    }

    [Fact]
    public void One_failure_in_a_row_short_of_the_threshold_changes_nothing()
    {
        var (memory, changes) = Run(new(3, 1), Up, Down, Down, Up, Down, Down);

        Assert.Equal([(Unknown, Up)], changes);
        Assert.Equal((Up, 2), (memory.State, memory.Failures));
    }

    [Fact]
    public void The_nth_failure_takes_the_state_of_the_latest_result_and_the_mth_success_brings_it_up()
    {
        var (_, changes) = Run(new(3, 2), Up, Down, Degraded, Down, Down, Degraded, Up, Down, Up, Up);

        Assert.Equal([(Unknown, Up), (Up, Down), (Down, Degraded), (Degraded, Up)], changes);
    }

    [Fact]
    public void Unknown_counts_as_a_failure()
    {
        Assert.Equal([(Unknown, Up), (Up, Unknown)], Run(new(2, 1), Up, Unknown, Unknown).Changes);
    }

    [Fact]
    public void A_state_that_is_not_a_result_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckStateMachine.Apply(CheckMemory.New, Paused, CheckThresholds.Default));
    }

    [Fact]
    public void Alternating_results_start_flapping_and_a_steady_run_ends_it_only_below_the_lower_threshold()
    {
        var alternating = Enumerable.Range(0, 21).Select(i => i % 2 == 0 ? Up : Down).ToArray();
        var (flapping, _) = Run(new(1, 1), alternating);
        var calmer = flapping;
        var steps = 0;
        while (calmer.Flapping)
        {
            calmer = CheckStateMachine.Apply(calmer, Up, new(1, 1)).Memory;
            steps++;
        }

        Assert.True(flapping.Flapping);
        Assert.Equal(1.0, FlapDetector.ChangeRate(flapping.Recent), 3);
        // It stays flapping while the changes still in the window weigh 25% or more, well past the point where it would have started.
        Assert.InRange(steps, 8, 15);
        Assert.True(FlapDetector.ChangeRate(calmer.Recent) < 0.25);
    }

    [Fact]
    public void Fewer_results_than_the_window_never_flap()
    {
        var alternating = Enumerable.Range(0, FlapDetector.Window - 1).Select(i => i % 2 == 0 ? Up : Down).ToArray();

        Assert.False(Run(new(1, 1), alternating).Memory.Flapping);
    }
}
