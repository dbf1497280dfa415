using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class DeviceTypeCommands
{
    private static readonly Table<DeviceTypeDto> Table = new(
        ("Id", t => Format.Number(t.Id)), ("Manufacturer", t => t.Manufacturer), ("Model", t => t.Model), ("Height", t => $"{t.HeightU}U"),
        ("Depth", t => t.FullDepth ? "full" : "half"), ("Power", t => t.PowerDrawWatts is { } w ? $"{w} W" : null), ("Devices", t => Format.Number(t.DeviceCount)));

    public static Command Create(CliContext context) =>
        new Command("device-types", "The catalog of device models: height, depth and power draw").With(List(context), New(context), Delete(context));

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List device types; --search matches the manufacturer and the model");
        var manufacturer = new Option<string?>("--manufacturer") { Description = "Only this manufacturer's types (the whole name)" };
        var height = new Option<int?>("--height") { Description = "Only types this many rack units high (0–60)" };
        command.With(manufacturer, height);
        var paging = new ListOptions(command, "model, manufacturer", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new DeviceTypeFilter(s.Value(manufacturer), s.Value(height));
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListDeviceTypesAsync(q, filter, c), ct), Table);
        });
    }

    private static Command New(CliContext context)
    {
        var manufacturer = new Argument<string>("manufacturer") { Description = "Manufacturer, e.g. Dell" };
        var model = new Argument<string>("model") { Description = "Model, unique per manufacturer" };
        var height = new Option<int?>("--height") { Description = "Rack units, 0–60 (default 1; 0 for devices that take no units)" };
        var halfDepth = new Option<bool>("--half-depth") { Description = "Takes only its own face of the rack" };
        var power = new Option<int?>("--power") { Description = "Typical power draw in watts" };
        var maxOutput = new Option<int?>("--max-output") { Description = "For a PDU or UPS: the most it can supply, in watts" };
        return new Command("create", "Add a device type").With(manufacturer, model, height, halfDepth, power, maxOutput).Runs(context, async (s, ct) =>
        {
            var request = new DeviceTypeRequest(s.Value(manufacturer), s.Value(model), s.Value(height) ?? 1, !s.Value(halfDepth), s.Value(power),
                MaxOutputWatts: s.Value(maxOutput));
            var created = await s.Client.CreateDeviceTypeAsync(request, cancellationToken: ct);
            s.Out.Item(created, ("Id", Format.Number(created.Id)), ("Type", $"{created.Manufacturer} {created.Model}"), ("Height", $"{created.HeightU}U"),
                ("Depth", created.FullDepth ? "full" : "half"), ("Power", created.PowerDrawWatts is { } w ? $"{w} W" : null),
                ("Max output", created.MaxOutputWatts is { } m ? $"{m} W" : null));
        });
    }

    private static Command Delete(CliContext context)
    {
        var type = new Argument<string>("type") { Description = "Device type id, model or \"manufacturer model\"" };
        return new Command("delete", "Delete a device type no device uses").With(type).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteDeviceTypeAsync(await InventoryLookup.DeviceTypeAsync(s.Client, s.Value(type), ct), ct);
            s.Out.Done($"Device type {s.Value(type)} deleted.");
        });
    }
}
