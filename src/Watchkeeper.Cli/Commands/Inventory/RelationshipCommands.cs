using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class RelationshipCommands
{
    private static readonly Table<RelationshipDto> Table = new(
        ("Id", r => Format.Number(r.Id)), ("Source", r => r.Source.Name), ("Type", r => r.Type.ToString()), ("Target", r => r.Target.Name),
        ("Created", r => Format.Time(r.CreatedAt)));

    public static Command Create(CliContext context) =>
        new Command("relationships", "Typed relationships between configuration items (source → target)").With(List(context), New(context), Delete(context));

    private static Command List(CliContext context)
    {
        var item = new Argument<string>("item") { Description = "Device or redundancy group (id or name)" };
        var direction = new Option<RelationshipDirection?>("--direction") { Description = "Outgoing, Incoming or Both (default)" };
        var type = new Option<RelationshipType?>("--type") { Description = "Only this type, e.g. RunsOn, DependsOn" };
        var command = new Command("list", "List an item's relationships").With(item, direction, type);
        var paging = new ListOptions(command, "createdAt, type");
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new RelationshipFilter(await InventoryLookup.ItemAsync(s.Client, s.Value(item), ct), s.Value(direction), s.Value(type));
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListRelationshipsAsync(filter, q, c), ct), Table);
        });
    }

    private static Command New(CliContext context)
    {
        var source = new Argument<string>("source") { Description = "The item that relies on, runs on, uses… the target (id or name)" };
        var type = new Argument<RelationshipType>("type") { Description = "RunsOn, HostedIn, DependsOn, MemberOf, Uses or BackedUpBy (ConnectedTo is derived from cables)" };
        var target = new Argument<string>("target") { Description = "The target item (id or name)" };
        return new Command("create", "Record a relationship, e.g. 'web-01 RunsOn hv-01'").With(source, type, target).Runs(context, async (s, ct) =>
        {
            var request = new RelationshipRequest(
                await InventoryLookup.ItemAsync(s.Client, s.Value(source), ct), await InventoryLookup.ItemAsync(s.Client, s.Value(target), ct), s.Value(type));
            var created = await s.Client.CreateRelationshipAsync(request, cancellationToken: ct);
            s.Out.List([created], Table);
        });
    }

    private static Command Delete(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Relationship id" };
        return new Command("delete", "Remove a relationship").With(id).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteRelationshipAsync(s.Value(id), ct);
            s.Out.Done($"Relationship {s.Value(id)} removed.");
        });
    }
}
