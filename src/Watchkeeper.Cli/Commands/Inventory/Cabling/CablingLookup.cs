using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory.Cabling;

/// <summary>Interfaces named as operators write them: by id, or by name on a device.</summary>
public static class CablingLookup
{
    public static async Task<long> InterfaceAsync(WatchkeeperClient client, string reference, string? device, CancellationToken ct)
    {
        if (Lookup.Id(reference) is { } id)
        {
            return id;
        }
        if (device is null)
        {
            throw new CliException($"Name the device of interface '{reference}' with --device, or use the interface id.");
        }
        var deviceId = await InventoryLookup.DeviceAsync(client, device, ct);
        return await InventoryLookup.FindAsync(reference, async () =>
            (await client.ListInterfacesAsync(new ListQuery(Limit: 500, Q: reference.Trim()), new InterfaceFilter(deviceId), ct)).Items.Select(i => (i.Id, i.Name)), $"interface on '{device}'");
    }
}
