using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory.Power;

public static class PowerConnectionCommands
{
    private static readonly Table<PowerConnectionDto> Table = new(
        ("Id", c => Format.Number(c.Id)), ("Device", c => c.Device.Name),
        ("Draws from", c => c.Feed is { } f ? $"feed {f.Name}" : $"{c.UpstreamDevice?.Name}"), ("Label", c => c.Label));

    public static Command Create(CliContext context) =>
        new Command("power-connections", "Power cords: a device draws from a feed or from a PDU/UPS").With(List(context), Connect(context), Delete(context));

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List power connections; --search matches the label");
        var device = new Option<string?>("--device") { Description = "Only the cords of this device (id or name)" };
        var feed = new Option<string?>("--feed") { Description = "Only cords into this feed (id or name)" };
        command.With(device, feed);
        var paging = new ListOptions(command, "id, label", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new PowerConnectionFilter(
                s.Value(device) is { } d ? await InventoryLookup.DeviceAsync(s.Client, d, ct) : null,
                s.Value(feed) is { } f ? await PowerLookup.FeedAsync(s.Client, f, null, ct) : null);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListPowerConnectionsAsync(q, filter, c), ct), Table);
        });
    }

    private static Command Connect(CliContext context)
    {
        var device = new Argument<string>("device") { Description = "The device that draws power (id or name)" };
        var feed = new Option<string?>("--feed") { Description = "The feed it draws from (id or name)" };
        var upstream = new Option<string?>("--upstream") { Description = "The PDU or UPS it draws from (id or name)" };
        var label = new Option<string?>("--label") { Description = "Outlet or power supply, e.g. \"PSU1 → outlet 7\"" };
        return new Command("create", "Connect a device to a feed or to a PDU/UPS (give --feed or --upstream)").With(device, feed, upstream, label).Runs(context, async (s, ct) =>
        {
            var request = new PowerConnectionRequest(
                await InventoryLookup.DeviceAsync(s.Client, s.Value(device), ct),
                s.Value(feed) is { } f ? await PowerLookup.FeedAsync(s.Client, f, null, ct) : null,
                s.Value(upstream) is { } u ? await InventoryLookup.DeviceAsync(s.Client, u, ct) : null,
                s.Value(label));
            var c = await s.Client.CreatePowerConnectionAsync(request, cancellationToken: ct);
            s.Out.Item(c, ("Id", Format.Number(c.Id)), ("Device", c.Device.Name), ("Feed", c.Feed?.Name), ("Upstream", c.UpstreamDevice?.Name), ("Label", c.Label));
        });
    }

    private static Command Delete(CliContext context)
    {
        var connection = new Argument<long>("connection") { Description = "Connection id" };
        return new Command("delete", "Remove a power connection").With(connection).Runs(context, async (s, ct) =>
        {
            await s.Client.DeletePowerConnectionAsync(s.Value(connection), ct);
            s.Out.Done($"Power connection {Format.Number(s.Value(connection))} deleted.");
        });
    }
}
