using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory.Power;

public static class PowerPanelCommands
{
    private static readonly Table<PowerPanelDto> Table = new(
        ("Id", p => Format.Number(p.Id)), ("Name", p => p.Name), ("Site", p => p.SiteName), ("Feeds", p => Format.Number(p.FeedCount)), ("Notes", p => p.Notes));

    public static Command Create(CliContext context) =>
        new Command("power-panels", "Electrical panels at sites; feeds leave from them").With(List(context), New(context), Delete(context));

    private static Option<string?> SiteOption(string description) => new("--site") { Description = description };

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List power panels");
        var site = SiteOption("Only panels at this site (id or name)");
        command.Add(site);
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var siteId = await PowerLookup.SiteAsync(s.Client, s.Value(site), ct);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListPowerPanelsAsync(q, siteId, c), ct), Table);
        });
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Panel name, unique in its site" };
        var site = SiteOption("Site (id or name)");
        site.Required = true;
        var notes = new Option<string?>("--notes") { Description = "Free text" };
        return new Command("create", "Create a power panel").With(name, site, notes).Runs(context, async (s, ct) =>
        {
            var request = new PowerPanelRequest(await PowerLookup.SiteAsync(s.Client, s.Value(site), ct), s.Value(name), Notes: s.Value(notes));
            var p = await s.Client.CreatePowerPanelAsync(request, cancellationToken: ct);
            s.Out.Item(p, ("Id", Format.Number(p.Id)), ("Name", p.Name), ("Site", p.SiteName), ("Notes", p.Notes), ("Version", Format.Number(p.Version)));
        });
    }

    private static Command Delete(CliContext context)
    {
        var panel = new Argument<string>("panel") { Description = "Panel id or name" };
        var site = SiteOption("The panel's site, when its name is not unique");
        return new Command("delete", "Delete a panel without feeds").With(panel, site).Runs(context, async (s, ct) =>
        {
            await s.Client.DeletePowerPanelAsync(await PowerLookup.PanelAsync(s.Client, s.Value(panel), await PowerLookup.SiteAsync(s.Client, s.Value(site), ct), ct), ct);
            s.Out.Done($"Power panel {s.Value(panel)} deleted.");
        });
    }
}
