using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory.Cabling;

public static class CableCommands
{
    private static readonly Table<CableDto> Table = new(
        ("Id", c => Format.Number(c.Id)), ("A device", c => c.A.Device.Name), ("A interface", c => c.A.Interface.Name),
        ("B device", c => c.B.Device.Name), ("B interface", c => c.B.Interface.Name), ("Type", c => c.Type.ToString()),
        ("Label", c => c.Label), ("Status", c => c.Status.ToString()));

    public static Command Create(CliContext context) =>
        new Command("cables", "Cables between interfaces; each interface takes one").With(List(context), Connect(context), Delete(context));

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List cables; --search matches the label");
        var device = new Option<string?>("--device") { Description = "Only cables with an end on this device (id or name)" };
        command.With(device);
        var paging = new ListOptions(command, "id, label", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new CableFilter(s.Value(device) is { } d ? await InventoryLookup.DeviceAsync(s.Client, d, ct) : null);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListCablesAsync(q, filter, c), ct), Table);
        });
    }

    private static Command Connect(CliContext context)
    {
        var aDevice = new Argument<string>("device") { Description = "A-end device (id or name)" };
        var aInterface = new Argument<string>("interface") { Description = "A-end interface (id or name)" };
        var bDevice = new Argument<string>("peer-device") { Description = "B-end device (id or name)" };
        var bInterface = new Argument<string>("peer-interface") { Description = "B-end interface (id or name)" };
        var type = new Option<CableType?>("--type") { Description = "Cat5e, Cat6 (default), Cat6a, FibreSingleMode, FibreMultiMode, Dac or Other" };
        var label = new Option<string?>("--label") { Description = "Label printed on the cable" };
        var length = new Option<double?>("--length") { Description = "Length in metres" };
        var colour = new Option<string?>("--colour") { Description = "Colour" };
        var status = new Option<CableStatus?>("--status") { Description = "Planned, Connected (default) or Decommissioning" };
        return new Command("connect", "Connect two interfaces with a cable").With(aDevice, aInterface, bDevice, bInterface, type, label, length, colour, status)
            .Runs(context, async (s, ct) =>
            {
                var a = await CablingLookup.InterfaceAsync(s.Client, s.Value(aInterface), s.Value(aDevice), ct);
                var b = await CablingLookup.InterfaceAsync(s.Client, s.Value(bInterface), s.Value(bDevice), ct);
                var request = new CableRequest(a, b, s.Value(type) ?? CableType.Cat6, s.Value(label), s.Value(length), s.Value(colour), s.Value(status) ?? CableStatus.Connected);
                Print(s, await s.Client.CreateCableAsync(request, cancellationToken: ct));
            });
    }

    private static Command Delete(CliContext context)
    {
        var cable = new Argument<long>("cable") { Description = "Cable id" };
        return new Command("delete", "Remove a cable").With(cable).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteCableAsync(s.Value(cable), ct);
            s.Out.Done($"Cable {Format.Number(s.Value(cable))} deleted.");
        });
    }

    private static void Print(Session s, CableDto c) => s.Out.Item(c,
        ("Id", Format.Number(c.Id)), ("A", $"{c.A.Device.Name} {c.A.Interface.Name}"), ("B", $"{c.B.Device.Name} {c.B.Interface.Name}"),
        ("Type", c.Type.ToString()), ("Label", c.Label), ("Length (m)", c.LengthMeters?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Colour", c.Colour), ("Status", c.Status.ToString()), ("Version", Format.Number(c.Version)));
}
