using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory.Power;

/// <summary>Sites, panels and feeds named by id or by name; a name repeated across sites or panels asks for the narrower option.</summary>
public static class PowerLookup
{
    public static async Task<long?> SiteAsync(WatchkeeperClient client, string? reference, CancellationToken ct) =>
        reference is null ? null : await InventoryLookup.SiteAsync(client, reference, ct);

    public static async Task<long> PanelAsync(WatchkeeperClient client, string reference, long? siteId, CancellationToken ct)
    {
        var matches = Lookup.Id(reference) is null
            ? (await client.ListPowerPanelsAsync(new ListQuery(Limit: 500, Q: reference), siteId, ct)).Items.Where(p => Same(p.Name, reference)).ToList()
            : [];
        if (matches.Count > 1)
        {
            throw new CliException($"Several sites have a panel named '{reference}': {string.Join(", ", matches.Select(p => p.SiteName))}. Add --site or use the panel id.");
        }
        return await InventoryLookup.FindAsync(reference, () => Task.FromResult(matches.Select(p => (p.Id, p.Name))), "power panel");
    }

    public static async Task<long> FeedAsync(WatchkeeperClient client, string reference, long? siteId, CancellationToken ct)
    {
        var matches = Lookup.Id(reference) is null
            ? (await client.ListPowerFeedsAsync(new ListQuery(Limit: 500, Q: reference), siteId, cancellationToken: ct)).Items.Where(f => Same(f.Name, reference)).ToList()
            : [];
        if (matches.Count > 1)
        {
            throw new CliException($"Several panels have a feed named '{reference}': {string.Join(", ", matches.Select(f => f.PanelName))}. Add --site or use the feed id.");
        }
        return await InventoryLookup.FindAsync(reference, () => Task.FromResult(matches.Select(f => (f.Id, f.Name))), "power feed");
    }

    private static bool Same(string a, string b) => string.Equals(a, b.Trim(), StringComparison.OrdinalIgnoreCase);
}
