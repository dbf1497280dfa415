using System.CommandLine;
using Watchkeeper.Cli.Commands.Inventory;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>The options every kind of check shares, for <c>create</c> and <c>update</c>: given options replace the field, others keep it.</summary>
public sealed class CheckFields
{
    private readonly Option<string?> item = new("--item") { Description = "The configuration item it watches: a device, redundancy group or service (id or name); 'none' clears it" };
    private readonly Option<int?> interval = Seconds.Option("--interval", "Time between runs, 10s to 1d (default 1m)");
    private readonly Option<int?> timeout = Timeout();
    private readonly Option<int?> failuresBeforeDown = new("--failures-before-down") { Description = "Failing results in a row before the state follows them, 1–10 (default 2)" };
    private readonly Option<int?> successesBeforeUp = new("--successes-before-up") { Description = "Passing results in a row before a failing check is up again, 1–10 (default 1)" };

    public Symbol[] All => [item, interval, timeout, failuresBeforeDown, successesBeforeUp];

    /// <summary>The timeout alone, for <c>test</c>, where the schedule does not apply.</summary>
    public static Option<int?> Timeout() => Seconds.Option("--timeout", "Time a run may take, 1s to 2m and shorter than the interval (default 10s)");

    public async Task<CheckRequest> ApplyAsync(Session s, CheckRequest current, CancellationToken ct)
    {
        var request = current with
        {
            IntervalSeconds = s.Value(interval) ?? current.IntervalSeconds,
            TimeoutSeconds = s.Value(timeout) ?? current.TimeoutSeconds,
            FailuresBeforeDown = s.Value(failuresBeforeDown) ?? current.FailuresBeforeDown,
            SuccessesBeforeUp = s.Value(successesBeforeUp) ?? current.SuccessesBeforeUp,
        };
        if (s.Value(item) is { } reference)
        {
            request = request with { ItemId = InventoryCommands.IsNone(reference) ? null : await InventoryLookup.ItemAsync(s.Client, reference, ct) };
        }
        return request;
    }
}
