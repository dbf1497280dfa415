using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands;

public static class AuditCommands
{
    private static readonly Table<AuditEntryDto> Table = new(
        ("Seq", e => Format.Number(e.Sequence)), ("At", e => Format.Time(e.At)), ("Actor", e => e.Actor), ("Action", e => e.Action),
        ("Object", e => e.ObjectType is null ? e.ObjectId : $"{e.ObjectType} {e.ObjectId}"), ("Changed", e => e.Changes is null ? null : Format.List(e.Changes.Keys)));

    public static Command Create(CliContext context) =>
        new Command("audit", "The tamper-evident audit log").With(List(context), Verify(context));

    private static Command List(CliContext context)
    {
        var action = new Option<string?>("--action") { Description = "An action such as user.created, or a prefix such as 'token.*'" };
        var actor = new Option<string?>("--actor") { Description = "Part of the actor's e-mail or name" };
        var objectType = new Option<string?>("--object-type") { Description = "Type of the object concerned" };
        var objectId = new Option<string?>("--object-id") { Description = "Id of the object concerned" };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Entries at or after this time (ISO 8601)" };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Entries before this time (ISO 8601)" };
        var command = new Command("list", "List audit entries, newest first (--json shows before and after values)").With(action, actor, objectType, objectId, from, to);
        var paging = new ListOptions(command);
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new AuditQuery(s.Value(action), s.Value(actor), s.Value(objectType), s.Value(objectId), s.Value(from), s.Value(to));
            s.Out.List(await paging.FetchAsync(s, (q, t) => s.Client.ListAuditAsync(q, filter, t), ct), Table);
        });
    }

    private static Command Verify(CliContext context) =>
        new Command("verify", "Check the audit hash chain; exits 1 when it is broken").Runs(context, async (s, ct) =>
        {
            var result = await s.Client.VerifyAuditAsync(ct);
            s.Out.Item(result, ("Valid", Format.YesNo(result.Valid)), ("Entries", Format.Number(result.Entries)),
                ("First broken", Format.Number(result.FirstBrokenSequence)), ("Message", result.Message));
            if (!result.Valid)
            {
                throw new CliException($"The audit chain is broken at entry {Format.Number(result.FirstBrokenSequence)}.");
            }
        });
}
