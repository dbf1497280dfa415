using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands;

public static class TeamCommands
{
    private static readonly Table<TeamDto> Table = new(
        ("Id", t => Format.Number(t.Id)), ("Name", t => t.Name), ("Lead", t => t.Lead?.Email),
        ("Members", t => Format.Number(t.Members.Count)), ("Description", t => t.Description));

    public static Command Create(CliContext context) =>
        new Command("teams", "Teams: on-call schedules and ticket queues belong to them").With(
            List(context), Get(context), New(context), Update(context), Delete(context));

    private static void Print(Session s, TeamDto t) => s.Out.Item(t,
        ("Id", Format.Number(t.Id)), ("Name", t.Name), ("Description", t.Description),
        ("Lead", t.Lead is { } lead ? $"{lead.DisplayName} <{lead.Email}>" : null),
        ("Members", string.Join('\n', t.Members.Select(m => $"{m.DisplayName} <{m.Email}> (id {Format.Number(m.Id)})"))),
        ("Version", Format.Number(t.Version)));

    private static Argument<string> TeamArgument() => new("team") { Description = "Team id or name" };

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List teams");
        var paging = new ListOptions(command, "name, createdAt", searchable: true);
        return command.Runs(context, async (s, ct) => s.Out.List(await paging.FetchAsync(s, s.Client.ListTeamsAsync, ct), Table));
    }

    private static Command Get(CliContext context)
    {
        var team = TeamArgument();
        return new Command("get", "Show a team and its members").With(team).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetTeamAsync(await Lookup.TeamAsync(s.Client, s.Value(team), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Team name" };
        var description = new Option<string?>("--description") { Description = "What the team does" };
        var lead = new Option<string?>("--lead") { Description = "Team lead: user id or e-mail (becomes a member too)" };
        var members = Options.Many("--member", "Member: user id or e-mail");
        return new Command("create", "Create a team").With(name, description, lead, members).Runs(context, async (s, ct) =>
        {
            var leadId = s.Value(lead) is { } l ? await Lookup.UserAsync(s.Client, l, ct) : (long?)null;
            var memberIds = await Lookup.UsersAsync(s.Client, Options.Values(s, members), ct);
            Print(s, await s.Client.CreateTeamAsync(new CreateTeamRequest(s.Value(name), s.Value(description), leadId, memberIds), cancellationToken: ct));
        });
    }

    private static Command Update(CliContext context)
    {
        var team = TeamArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var description = new Option<string?>("--description") { Description = "New description ('' clears it)" };
        var lead = new Option<string?>("--lead") { Description = "New lead: user id or e-mail, or 'none'" };
        var members = Options.Many("--member", "Replace the members with these users (id or e-mail)");
        var add = Options.Many("--add-member", "Add this user (id or e-mail)");
        var remove = Options.Many("--remove-member", "Remove this user (id or e-mail)");
        var version = Options.IfVersion();
        return new Command("update", "Change a team's name, description, lead or members")
            .With(team, name, description, lead, members, add, remove, version)
            .Runs(context, async (s, ct) =>
            {
                var id = await Lookup.TeamAsync(s.Client, s.Value(team), ct);
                var ifMatch = Options.IfMatch(s, version);
                var (replace, adding, removing) = (Options.Values(s, members), Options.Values(s, add), Options.Values(s, remove));
                IReadOnlyList<long>? memberIds = replace.Count > 0 ? await Lookup.UsersAsync(s.Client, replace, ct) : null;
                if (adding.Count > 0 || removing.Count > 0)
                {
                    // The API takes the whole list: start from the current one, and make sure nobody changed it meanwhile.
                    var current = await s.Client.GetTeamAsync(id, ct);
                    ifMatch ??= ETag.Of(current.Version);
                    var removeIds = await Lookup.UsersAsync(s.Client, removing, ct);
                    memberIds = (memberIds ?? current.Members.Select(m => m.Id).ToList())
                        .Concat(await Lookup.UsersAsync(s.Client, adding, ct)).Except(removeIds).Distinct().ToList();
                }
                var leadId = s.Value(lead) switch
                {
                    null => (long?)null,
                    var l when l.Equals("none", StringComparison.OrdinalIgnoreCase) => 0,
                    var l => await Lookup.UserAsync(s.Client, l, ct),
                };
                var request = new UpdateTeamRequest(s.Value(name), s.Value(description), leadId, memberIds);
                if (request == new UpdateTeamRequest())
                {
                    throw CliException.Usage("Nothing to change: give --name, --description, --lead or members.");
                }
                Print(s, await s.Client.UpdateTeamAsync(id, request, ifMatch, ct));
            });
    }

    private static Command Delete(CliContext context)
    {
        var team = TeamArgument();
        return new Command("delete", "Delete a team").With(team).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteTeamAsync(await Lookup.TeamAsync(s.Client, s.Value(team), ct), ct);
            s.Out.Done($"Team {s.Value(team)} deleted.");
        });
    }
}
