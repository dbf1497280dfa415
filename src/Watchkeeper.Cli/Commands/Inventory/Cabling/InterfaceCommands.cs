using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory.Cabling;

public static class InterfaceCommands
{
    private static readonly Table<InterfaceDto> Table = new(
        ("Id", i => Format.Number(i.Id)), ("Device", i => i.Device.Name), ("Name", i => i.Name), ("Kind", i => i.Kind.ToString()),
        ("Speed", i => Format.Number(i.SpeedMbps)), ("MAC", i => i.MacAddress), ("Enabled", i => Format.YesNo(i.Enabled)), ("LAG", i => i.Lag?.Name),
        ("Cabled to", i => i.Peer is { } p ? $"{p.Device.Name} {p.Interface.Name}" : null));

    public static Command Create(CliContext context) =>
        new Command("interfaces", "Device interfaces (ports, LAGs, virtual interfaces)").With(
            List(context), New(context), Update(context), Delete(context), FromType(context));

    private static Argument<string> InterfaceArgument() => new("interface") { Description = "Interface id, or its name with --device" };

    private static Option<string?> Device(string description = "The device (id or name)") => new("--device") { Description = description };

    private sealed class Fields
    {
        public Option<InterfaceKind?> Kind { get; } = new("--kind") { Description = "Virtual, Lag, Base1000T, Base10GT, Sfp10G, Sfp25G, Qsfp40G, Qsfp100G, Wireless or Other" };
        public Option<int?> Speed { get; } = new("--speed") { Description = "Speed in Mb/s" };
        public Option<string?> Mac { get; } = new("--mac") { Description = "MAC address in any common spelling ('none' clears it)" };
        public Option<bool?> Enabled { get; } = new("--enabled") { Description = "true or false" };
        public Option<bool?> ManagementOnly { get; } = new("--management-only") { Description = "true or false" };
        public Option<string?> Lag { get; } = new("--lag") { Description = "The LAG of the same device it is a member of ('none' clears it)" };
        public Option<string?> Description { get; } = new("--description") { Description = "Free text" };

        public Symbol[] All => [Kind, Speed, Mac, Enabled, ManagementOnly, Lag, Description];

        public async Task<InterfaceRequest> ApplyAsync(Session s, InterfaceRequest current, CancellationToken ct) => current with
        {
            Kind = s.Value(Kind) ?? current.Kind,
            SpeedMbps = s.Value(Speed) ?? current.SpeedMbps,
            MacAddress = s.Value(Mac) is { } mac ? InventoryCommands.IsNone(mac) ? null : mac : current.MacAddress,
            Enabled = s.Value(Enabled) ?? current.Enabled,
            ManagementOnly = s.Value(ManagementOnly) ?? current.ManagementOnly,
            LagId = s.Value(Lag) is { } lag
                ? InventoryCommands.IsNone(lag) ? null : await CablingLookup.InterfaceAsync(s.Client, lag, Format.Number(current.DeviceId), ct)
                : current.LagId,
            Description = s.Value(Description) ?? current.Description,
        };
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List interfaces; --search matches the name or a MAC address");
        var device = Device("Only this device's interfaces (id or name)");
        command.With(device);
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new InterfaceFilter(s.Value(device) is { } d ? await InventoryLookup.DeviceAsync(s.Client, d, ct) : null);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListInterfacesAsync(q, filter, c), ct), Table);
        });
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Interface name, unique on the device" };
        var (device, fields) = (Device(), new Fields());
        device.Required = true;
        return new Command("create", "Create an interface on a device").With([name, device, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var deviceId = await InventoryLookup.DeviceAsync(s.Client, s.Value(device)!, ct);
            var request = await fields.ApplyAsync(s, new InterfaceRequest(deviceId, s.Value(name)), ct);
            Print(s, await s.Client.CreateInterfaceAsync(request, cancellationToken: ct));
        });
    }

    private static Command Update(CliContext context)
    {
        var (iface, device, fields, version) = (InterfaceArgument(), Device(), new Fields(), Options.IfVersion());
        var name = new Option<string?>("--name") { Description = "New name" };
        return new Command("update", "Change an interface; options not given keep their value").With([iface, device, name, version, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var current = await s.Client.GetInterfaceAsync(await CablingLookup.InterfaceAsync(s.Client, s.Value(iface), s.Value(device), ct), ct);
            var request = await fields.ApplyAsync(s, current.ToRequest() with { Name = s.Value(name) ?? current.Name }, ct);
            Print(s, await s.Client.UpdateInterfaceAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command Delete(CliContext context)
    {
        var (iface, device) = (InterfaceArgument(), Device());
        return new Command("delete", "Delete an uncabled interface").With(iface, device).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteInterfaceAsync(await CablingLookup.InterfaceAsync(s.Client, s.Value(iface), s.Value(device), ct), ct);
            s.Out.Done($"Interface {s.Value(iface)} deleted.");
        });
    }

    private static Command FromType(CliContext context)
    {
        var device = new Argument<string>("device") { Description = "Device id or name" };
        return new Command("add-from-type", "Add the interfaces the device's type lists and the device lacks").With(device).Runs(context, async (s, ct) =>
        {
            var added = await s.Client.AddInterfacesFromTypeAsync(await InventoryLookup.DeviceAsync(s.Client, s.Value(device), ct), ct);
            s.Out.Done($"{added.Added} interface(s) added.");
        });
    }

    private static void Print(Session s, InterfaceDto i) => s.Out.Item(i,
        ("Id", Format.Number(i.Id)), ("Device", i.Device.Name), ("Name", i.Name), ("Kind", i.Kind.ToString()), ("Speed (Mb/s)", Format.Number(i.SpeedMbps)),
        ("MAC", i.MacAddress), ("Enabled", Format.YesNo(i.Enabled)), ("Management only", Format.YesNo(i.ManagementOnly)), ("LAG", i.Lag?.Name),
        ("Cabled to", i.Peer is { } p ? $"{p.Device.Name} {p.Interface.Name} (cable {Format.Number(p.CableId)})" : null),
        ("Description", i.Description), ("Version", Format.Number(i.Version)));
}
