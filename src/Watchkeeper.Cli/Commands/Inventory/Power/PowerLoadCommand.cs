using System.CommandLine;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Commands.Inventory.Power;

public static class PowerLoadCommand
{
    public static Command Create(CliContext context)
    {
        var site = new Option<string>("--site") { Description = "Site (id or name)", Required = true };
        return new Command("power-load", "The feeds of a site with their capacity, load and load if the partner feed fails").With(site).Runs(context, async (s, ct) =>
        {
            var siteId = await InventoryLookup.SiteAsync(s.Client, s.Value(site)!, ct);
            var panels = await s.Client.GetSitePowerAsync(siteId, ct);
            if (s.Out.Json)
            {
                s.Out.WriteJson(panels);
                return;
            }
            s.Out.List(panels.SelectMany(p => p.Feeds).ToList(), PowerFeedCommands.Table);
        });
    }
}
