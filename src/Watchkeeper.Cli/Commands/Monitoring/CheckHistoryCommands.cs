using System.CommandLine;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>What a check found, run by run, and when its confirmed state changed; both newest first.</summary>
public static class CheckHistoryCommands
{
    public static Command Results(CliContext context)
    {
        var check = CheckCommands.CheckArgument();
        var command = new Command("results", "A check's latest results with their timings (--json for all of the evidence)").With(check);
        var paging = new ListOptions(command);
        return command.Runs(context, async (s, ct) =>
        {
            var id = await CheckLookup.CheckAsync(s.Client, s.Value(check), ct);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListCheckResultsAsync(id, q, c), ct), CheckOutput.Results);
        });
    }

    public static Command Changes(CliContext context)
    {
        var check = CheckCommands.CheckArgument();
        var command = new Command("changes", "A check's state history: every confirmed change, pauses and resumptions included").With(check);
        var paging = new ListOptions(command);
        return command.Runs(context, async (s, ct) =>
        {
            var id = await CheckLookup.CheckAsync(s.Client, s.Value(check), ct);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListCheckChangesAsync(id, q, c), ct), CheckOutput.Changes);
        });
    }
}
