using System.CommandLine;
using Watchkeeper.Cli.Commands.Inventory;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Monitoring;

public static class CheckCommands
{
    public static Command Create(CliContext context) =>
        new Command("checks", "Monitoring checks: HTTP(S) and TCP, their state, results and history").With(
            List(context), Show(context), CheckDefinitionCommands.Create(context), CheckDefinitionCommands.Update(context),
            SetPaused(context, "pause", true), SetPaused(context, "resume", false), Delete(context),
            CheckHistoryCommands.Results(context), CheckHistoryCommands.Changes(context), CheckDefinitionCommands.Test(context));

    public static Argument<string> CheckArgument() => new("check") { Description = "Check id or name" };

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List checks with their state; --search matches the name");
        var state = new Option<CheckState?>("--state") { Description = "Only checks in this state: Up, Degraded, Down, Unknown, Paused, …" };
        var kind = new Option<CheckKind?>("--kind") { Description = "Only checks of this kind: Http, Tcp" };
        var item = new Option<string?>("--item") { Description = "Only checks watching this device, redundancy group or service (id or name)" };
        command.With(state, kind, item);
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var itemId = s.Value(item) is { } i ? await InventoryLookup.ItemAsync(s.Client, i, ct) : (long?)null;
            var filter = new CheckFilter(s.Value(state), s.Value(kind), itemId);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListChecksAsync(q, filter, c), ct), CheckOutput.Checks);
        });
    }

    private static Command Show(CliContext context)
    {
        var check = CheckArgument();
        var changes = new Option<int>("--changes") { Description = "How many recent state changes to show (default 10)", DefaultValueFactory = _ => 10 };
        return new Command("show", "Show a check: its definition, where it stands, its last result and its recent state changes").With(check, changes)
            .Runs(context, async (s, ct) =>
            {
                var found = await CheckLookup.GetAsync(s, s.Value(check), ct);
                if (s.Out.Json)
                {
                    s.Out.WriteJson(found);
                    return;
                }
                var last = (await s.Client.ListCheckResultsAsync(found.Id, new ListQuery(Limit: 1), ct)).Items is [var newest, ..] ? newest : null;
                var recent = await s.Client.ListCheckChangesAsync(found.Id, new ListQuery(Limit: s.Value(changes)), ct);
                CheckOutput.Print(s, found, last, await CheckOutput.HeartbeatOfAsync(s, found, ct));
                s.Out.Line("");
                s.Out.Line("Recent state changes:");
                s.Out.List(recent.Items, CheckOutput.Changes);
            });
    }

    /// <summary>Pausing and resuming rewrite the check with its own version, so a concurrent edit is refused, not overwritten.</summary>
    private static Command SetPaused(CliContext context, string verb, bool paused)
    {
        var check = CheckArgument();
        var description = paused ? "Pause a check: it is not run until resumed" : "Resume a paused check: it starts again from Unknown and runs at once";
        return new Command(verb, description).With(check).Runs(context, async (s, ct) =>
        {
            var current = await CheckLookup.GetAsync(s, s.Value(check), ct);
            var updated = current.Paused == paused
                ? current
                : await s.Client.UpdateCheckAsync(current.Id, current.ToRequest() with { Paused = paused }, ETag.Of(current.Version), ct);
            s.Out.Item(updated, ("Id", Format.Number(updated.Id)), ("Name", updated.Name), ("State", CheckOutput.State(updated)),
                ("Next run", Format.Time(updated.Status.NextRunAt)));
        });
    }

    private static Command Delete(CliContext context)
    {
        var check = CheckArgument();
        return new Command("delete", "Delete a check with its results and state history").With(check).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteCheckAsync(await CheckLookup.CheckAsync(s.Client, s.Value(check), ct), ct);
            s.Out.Done($"Check {s.Value(check)} deleted.");
        });
    }
}
