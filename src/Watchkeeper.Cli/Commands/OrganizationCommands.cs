using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands;

public static class OrganizationCommands
{
    private static readonly Table<OrganizationDto> Table = new(
        ("Id", o => Format.Number(o.Id)), ("Slug", o => o.Slug), ("Name", o => o.Name), ("Created", o => Format.Time(o.CreatedAt)));

    public static Command Create(CliContext context) =>
        new Command("orgs", "Organizations: the owners of everything; an MSP keeps one per client").With(
            List(context), Current(context), New(context), Rename(context));

    public static void Print(Session s, OrganizationDto o) =>
        s.Out.Item(o, ("Id", Format.Number(o.Id)), ("Name", o.Name), ("Slug", o.Slug), ("Created", Format.Time(o.CreatedAt)), ("Version", Format.Number(o.Version)));

    private static Command List(CliContext context) =>
        new Command("list", "List the organizations you can act in").Runs(context, async (s, ct) =>
            s.Out.List(await s.Client.ListOrganizationsAsync(ct), Table));

    private static Command Current(CliContext context) =>
        new Command("current", "Show the organization commands act in").Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetCurrentOrganizationAsync(ct)));

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Display name" };
        var slug = new Option<string>("--slug") { Description = "Short unique name: lower-case letters, digits and dashes", Required = true };
        return new Command("create", "Create an organization (instance administrators)").With(name, slug).Runs(context, async (s, ct) =>
            Print(s, await s.Client.CreateOrganizationAsync(new CreateOrganizationRequest(s.Value(name), s.Value(slug)!), cancellationToken: ct)));
    }

    private static Command Rename(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "New display name" };
        var version = Options.IfVersion();
        return new Command("rename", "Rename the current organization").With(name, version).Runs(context, async (s, ct) =>
            Print(s, await s.Client.UpdateCurrentOrganizationAsync(new UpdateOrganizationRequest(s.Value(name)), Options.IfMatch(s, version), ct)));
    }
}
