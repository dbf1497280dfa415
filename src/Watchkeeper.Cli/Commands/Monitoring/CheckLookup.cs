using Watchkeeper.Cli.Commands.Inventory;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>Checks named by id or by name, as the board shows them.</summary>
public static class CheckLookup
{
    public static Task<long> CheckAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        InventoryLookup.FindAsync(reference, async () =>
            (await client.ListChecksAsync(new ListQuery(Limit: 500, Q: reference), cancellationToken: ct)).Items.Select(c => (c.Id, c.Name)), "check");

    /// <summary>The check as it is now, for commands that change it.</summary>
    public static async Task<CheckDto> GetAsync(Session s, string reference, CancellationToken ct) =>
        await s.Client.GetCheckAsync(await CheckAsync(s.Client, reference, ct), ct);
}
