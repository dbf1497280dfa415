using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class RedundancyGroupCommands
{
    private static readonly Table<RedundancyGroupDto> Table = new(
        ("Id", g => Format.Number(g.Id)), ("Name", g => g.Name), ("Needs", g => $"{g.MinimumHealthy} of {g.Members.Count}"),
        ("Members", g => Format.List(g.Members.Select(m => m.Name))));

    public static Command Create(CliContext context) =>
        new Command("groups", "Redundancy groups: 'any N of these'; members join with 'relationships create <member> MemberOf <group>'")
            .With(List(context), New(context));

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List redundancy groups");
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) =>
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListRedundancyGroupsAsync(q, c), ct), Table));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Group name" };
        var minimum = new Option<int>("--minimum") { Description = "Members that must work for the group to be up (default 1)", DefaultValueFactory = _ => 1 };
        return new Command("create", "Create a redundancy group").With(name, minimum).Runs(context, async (s, ct) =>
            s.Out.List([await s.Client.CreateRedundancyGroupAsync(new RedundancyGroupRequest(s.Value(name), s.Value(minimum)), cancellationToken: ct)], Table));
    }
}
