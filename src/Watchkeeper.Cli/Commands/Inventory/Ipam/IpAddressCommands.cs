using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory.Ipam;

public static class IpAddressCommands
{
    private static readonly Table<IpAddressDto> Table = new(
        ("Id", a => Format.Number(a.Id)), ("Address", a => a.Address), ("VRF", a => Format.Number(a.VrfId) ?? IpamLookup.Global),
        ("Status", a => a.Status.ToString()), ("DNS name", a => a.DnsName), ("Assigned to", a => a.ItemName), ("Description", a => a.Description));

    public static Command Create(CliContext context) =>
        new Command("ip-addresses", "IP addresses with their network's length, DNS name and the item they are assigned to").With(
            List(context), Show(context), New(context), Update(context), Delete(context));

    private static Argument<string> AddressArgument() => new("address") { Description = "Address id or value, e.g. 10.20.1.5" };

    private sealed class Fields
    {
        public Option<IpAddressStatus?> Status { get; } = new("--status") { Description = "Active, Reserved, Dhcp or Deprecated" };
        public Option<string?> DnsName { get; } = new("--dns-name") { Description = "DNS name, e.g. db-01.example.com (empty text clears it)" };
        public Option<string?> Item { get; } = new("--item") { Description = "The device it is assigned to (id or name; 'none' clears it)" };
        public Option<string?> Description { get; } = new("--description") { Description = "What the address is for" };

        public Symbol[] All => [Status, DnsName, Item, Description];

        public async Task<IpAddressRequest> ApplyAsync(Session s, IpAddressRequest current, CancellationToken ct) => current with
        {
            Status = s.Value(Status) ?? current.Status,
            DnsName = s.Value(DnsName) ?? current.DnsName,
            ItemId = s.Value(Item) is { } item ? InventoryCommands.IsNone(item) ? null : await InventoryLookup.ItemAsync(s.Client, item, ct) : current.ItemId,
            Description = s.Value(Description) ?? current.Description,
        };
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List addresses; --search matches an address exactly, the start of one (10.20.3.) or a DNS name");
        var vrf = PrefixCommands.VrfOption("Only this VRF (id or name; 'global' for the global table)");
        var family = new Option<IpFamily?>("--family") { Description = "IPv4 or IPv6" };
        var within = new Option<string?>("--within") { Description = "Only addresses inside this CIDR block" };
        var status = new Option<IpAddressStatus?>("--status") { Description = "Only this status" };
        var item = new Option<string?>("--item") { Description = "Only addresses assigned to this device (id or name)" };
        command.With(vrf, family, within, status, item);
        var paging = new ListOptions(command, "address, dnsName", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var itemId = s.Value(item) is { } i ? await InventoryLookup.ItemAsync(s.Client, i, ct) : (long?)null;
            var filter = new IpAddressFilter(await IpamLookup.ScopeAsync(s.Client, s.Value(vrf), ct), s.Value(family), itemId, s.Value(within), s.Value(status));
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListIpAddressesAsync(q, filter, c), ct), Table);
        });
    }

    private static Command Show(CliContext context)
    {
        var (address, vrf) = (AddressArgument(), PrefixCommands.VrfOption());
        return new Command("show", "Show an address").With(address, vrf).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetIpAddressAsync(await IpamLookup.AddressAsync(s.Client, s.Value(address), s.Value(vrf), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var address = new Argument<string>("address") { Description = "The address with its network's length, e.g. 10.20.1.5/24 (default /32 or /128)" };
        var (vrf, fields) = (PrefixCommands.VrfOption(), new Fields());
        return new Command("create", "Record an address").With([address, vrf, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var request = new IpAddressRequest(s.Value(address), await IpamLookup.VrfIdAsync(s.Client, s.Value(vrf), ct));
            Print(s, await s.Client.CreateIpAddressAsync(await fields.ApplyAsync(s, request, ct), cancellationToken: ct));
        });
    }

    private static Command Update(CliContext context)
    {
        var (address, vrf, fields, version) = (AddressArgument(), PrefixCommands.VrfOption(), new Fields(), Options.IfVersion());
        var value = new Option<string?>("--address") { Description = "New address with length" };
        return new Command("update", "Change an address; options not given keep their value").With([address, vrf, value, version, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var current = await s.Client.GetIpAddressAsync(await IpamLookup.AddressAsync(s.Client, s.Value(address), s.Value(vrf), ct), ct);
            var request = new IpAddressRequest(s.Value(value) ?? current.Address, current.VrfId, current.Status, current.DnsName, current.ItemId, current.Description);
            Print(s, await s.Client.UpdateIpAddressAsync(current.Id, await fields.ApplyAsync(s, request, ct), Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command Delete(CliContext context)
    {
        var (address, vrf) = (AddressArgument(), PrefixCommands.VrfOption());
        return new Command("delete", "Delete an address").With(address, vrf).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteIpAddressAsync(await IpamLookup.AddressAsync(s.Client, s.Value(address), s.Value(vrf), ct), ct);
            s.Out.Done($"Address {s.Value(address)} deleted.");
        });
    }

    private static void Print(Session s, IpAddressDto a) => s.Out.Item(a,
        ("Id", Format.Number(a.Id)), ("Address", a.Address), ("Family", a.Family.ToString()), ("VRF", Format.Number(a.VrfId) ?? IpamLookup.Global),
        ("Status", a.Status.ToString()), ("DNS name", a.DnsName), ("Assigned to", a.ItemName), ("Description", a.Description), ("Version", Format.Number(a.Version)));
}
