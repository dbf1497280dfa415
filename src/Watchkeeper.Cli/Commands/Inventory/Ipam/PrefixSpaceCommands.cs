using System.CommandLine;
using System.Globalization;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory.Ipam;

/// <summary>The address-space views of a prefix: the tree, utilization and free space.</summary>
public static class PrefixSpaceCommands
{
    private static readonly Table<PrefixTreeNodeDto> TreeTable = new(
        ("Prefix", n => new string(' ', 2 * n.Depth) + n.Prefix.Prefix), ("Status", n => n.Prefix.Status.ToString()),
        ("Used", n => Percent(n.Utilization)), ("Children", n => Format.Number(n.Children)), ("Id", n => Format.Number(n.Prefix.Id)),
        ("Description", n => n.Prefix.Description));

    private static readonly Table<FreeSpaceDto> FreeTable = new(("Free", f => f.Value));

    public static Command Tree(CliContext context)
    {
        var vrf = PrefixCommands.VrfOption();
        var within = new Option<string?>("--within") { Description = "Only the prefixes inside this CIDR block" };
        var depth = new Option<int?>("--depth") { Description = "Only this many levels (1: the top level)" };
        return new Command("tree", "Show the prefixes of a VRF as a tree with their utilization").With(vrf, within, depth).Runs(context, async (s, ct) =>
        {
            var query = new PrefixTreeQuery(await IpamLookup.ScopeAsync(s.Client, s.Value(vrf), ct) ?? 0, s.Value(within), s.Value(depth));
            s.Out.List(await s.Client.GetPrefixTreeAsync(query, ct), TreeTable);
        });
    }

    public static Command Utilization(CliContext context)
    {
        var (prefix, vrf) = (PrefixCommands.PrefixArgument(), PrefixCommands.VrfOption());
        return new Command("utilization", "Show how much of a prefix is in use").With(prefix, vrf).Runs(context, async (s, ct) =>
        {
            var used = await s.Client.GetPrefixUtilizationAsync(await IpamLookup.PrefixAsync(s.Client, s.Value(prefix), s.Value(vrf), ct), ct);
            s.Out.Item(used, ("Prefix", s.Value(prefix)), ("Size", used.Size), ("Used", Percent(used.Utilization)), ("Counted by", used.Basis),
                ("Child prefixes", Format.Number(used.ChildPrefixes)), ("Addresses", Format.Number(used.Addresses)));
        });
    }

    public static Command NextFreePrefix(CliContext context)
    {
        var (prefix, vrf) = (PrefixCommands.PrefixArgument(), PrefixCommands.VrfOption());
        var length = new Option<int>("--length") { Description = "The length of the prefix wanted, e.g. 24", Required = true };
        return new Command("next-free-prefix", "Show the lowest free prefix of a length inside a prefix").With(prefix, vrf, length).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetNextFreePrefixAsync(await IpamLookup.PrefixAsync(s.Client, s.Value(prefix), s.Value(vrf), ct), s.Value(length), ct)));
    }

    public static Command NextFreeAddress(CliContext context)
    {
        var (prefix, vrf) = (PrefixCommands.PrefixArgument(), PrefixCommands.VrfOption());
        return new Command("next-free-address", "Show the lowest free address inside a prefix").With(prefix, vrf).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetNextFreeAddressAsync(await IpamLookup.PrefixAsync(s.Client, s.Value(prefix), s.Value(vrf), ct), ct)));
    }

    public static Command FreeRanges(CliContext context)
    {
        var (prefix, vrf) = (PrefixCommands.PrefixArgument(), PrefixCommands.VrfOption());
        return new Command("free-ranges", "List the free space inside a prefix as the largest prefixes that fit").With(prefix, vrf).Runs(context, async (s, ct) =>
            s.Out.List(await s.Client.GetFreeRangesAsync(await IpamLookup.PrefixAsync(s.Client, s.Value(prefix), s.Value(vrf), ct), ct), FreeTable));
    }

    /// <summary>Only the value, so a script can use it as it is: <c>wk inventory ip-addresses create $(wk … next-free-address …)</c>.</summary>
    private static void Print(Session s, FreeSpaceDto free)
    {
        if (s.Out.Json)
        {
            s.Out.WriteJson(free);
        }
        else
        {
            s.Out.Line(free.Value);
        }
    }

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
}
