using Watchkeeper.Cli.Commands.Inventory;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>Maintenance windows named by id or by name.</summary>
public static class MaintenanceLookup
{
    public static Task<long> WindowAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        InventoryLookup.FindAsync(reference, async () =>
            (await client.ListMaintenanceWindowsAsync(new ListQuery(Limit: 500, Q: reference), ct)).Items.Select(w => (w.Id, w.Name)), "maintenance window");

    /// <summary>The window as it is now, for commands that show or change it.</summary>
    public static async Task<MaintenanceWindowDto> GetAsync(Session s, string reference, CancellationToken ct) =>
        await s.Client.GetMaintenanceWindowAsync(await WindowAsync(s.Client, reference, ct), ct);
}
