using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.States;

/// <summary>How many results in a row confirm a change, per check.</summary>
/// <param name="FailuresBeforeDown">Failing results in a row (down, degraded or unknown) before the state follows them.</param>
/// <param name="SuccessesBeforeUp">Passing results in a row before a failing check is up again.</param>
public sealed record CheckThresholds(int FailuresBeforeDown, int SuccessesBeforeUp)
{
    public static readonly CheckThresholds Default = new(2, 1);
}

/// <summary>What a check remembers between results: its state, its streaks and its recent results for flap detection.</summary>
/// <param name="State">The confirmed state.</param>
/// <param name="Failures">Failing results in a row.</param>
/// <param name="Successes">Passing results in a row.</param>
/// <param name="Recent">The latest results, oldest first, one letter each (see <see cref="FlapDetector"/>).</param>
/// <param name="Flapping">Whether the check is flapping.</param>
public sealed record CheckMemory(CheckState State, int Failures, int Successes, string Recent, bool Flapping)
{
    /// <summary>A new check: unknown until its results say otherwise.</summary>
    public static readonly CheckMemory New = new(CheckState.Unknown, 0, 0, "", false);
}

/// <summary>One result applied: the new memory and, when the state changed, the state it left.</summary>
public sealed record CheckStep(CheckMemory Memory, CheckState? Left)
{
    public bool Changed => Left is not null;
}

/// <summary>
/// Turns raw results into a confirmed state. A failing result moves the state only when it is the Nth failure in a row
/// (so one lost packet pages nobody), and then to what the latest result says; a passing result brings a failing check
/// up only as the Mth success in a row. A new check takes its first result's word at once: there is nothing to confirm
/// against. Changes between failing states (down to degraded) follow the latest result while the failure streak holds.
/// </summary>
public static class CheckStateMachine
{
    public static CheckStep Apply(CheckMemory memory, CheckState result, CheckThresholds thresholds)
    {
        if (result is not (CheckState.Up or CheckState.Degraded or CheckState.Down or CheckState.Unknown))
        {
            throw new ArgumentOutOfRangeException(nameof(result), result, "A result is up, degraded, down or unknown.");
        }
        var passing = result == CheckState.Up;
        var failures = passing ? 0 : memory.Failures + 1;
        var successes = passing ? memory.Successes + 1 : 0;
        var recent = FlapDetector.Remember(memory.Recent, result);
        var first = memory.Recent.Length == 0;
        var next = memory.State;
        if (first)
        {
            next = result;
        }
        else if (passing && successes >= thresholds.SuccessesBeforeUp)
        {
            next = CheckState.Up;
        }
        else if (!passing && failures >= thresholds.FailuresBeforeDown)
        {
            next = result;
        }
        var updated = new CheckMemory(next, failures, successes, recent, FlapDetector.IsFlapping(recent, memory.Flapping));
        return new CheckStep(updated, next == memory.State ? null : memory.State);
    }
}
