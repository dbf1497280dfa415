using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands;

public static class EventCommands
{
    private static readonly Table<OutboxEventDto> Table = new(
        ("Id", e => Format.Number(e.Id)), ("Type", e => e.Type), ("Created", e => Format.Time(e.CreatedAt)),
        ("Attempts", e => Format.Number(e.Attempts)), ("Next attempt", e => Format.Time(e.NextAttemptAt)),
        ("Failed", e => Format.YesNo(e.Failed)), ("Last error", e => e.LastError));

    public static Command Create(CliContext context) =>
        new Command("events", "Domain events waiting for or failed in dispatch").With(List(context), Retry(context));

    private static Command List(CliContext context)
    {
        var failed = new Option<bool?>("--failed") { Description = "Only failed events (or, with 'false', only waiting ones)" };
        var command = new Command("list", "List events not yet dispatched").With(failed);
        var paging = new ListOptions(command);
        return command.Runs(context, async (s, ct) =>
            s.Out.List(await paging.FetchAsync(s, (q, t) => s.Client.ListSystemEventsAsync(q, s.Value(failed), t), ct), Table));
    }

    private static Command Retry(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Id of a failed event" };
        return new Command("retry", "Dispatch a failed event again").With(id).Runs(context, async (s, ct) =>
        {
            await s.Client.RetrySystemEventAsync(s.Value(id), ct);
            s.Out.Done($"Event {s.Value(id)} queued for another attempt.");
        });
    }
}
