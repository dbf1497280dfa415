using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory.Ipam;

public static class PrefixCommands
{
    public static readonly Table<PrefixDto> Table = new(
        ("Id", p => Format.Number(p.Id)), ("Prefix", p => p.Prefix), ("VRF", p => Format.Number(p.VrfId) ?? IpamLookup.Global),
        ("Status", p => p.Status.ToString()), ("Parent", p => Format.Number(p.ParentId)), ("Description", p => p.Description));

    public static Command Create(CliContext context) =>
        new Command("prefixes", "IP prefixes: IPv4 and IPv6 networks, nested into a tree with utilization and free space").With(
            List(context), Show(context), New(context), Update(context), Delete(context),
            PrefixSpaceCommands.Tree(context), PrefixSpaceCommands.Utilization(context),
            PrefixSpaceCommands.NextFreePrefix(context), PrefixSpaceCommands.NextFreeAddress(context), PrefixSpaceCommands.FreeRanges(context));

    public static Argument<string> PrefixArgument() => new("prefix") { Description = "Prefix id or CIDR, e.g. 10.20.0.0/16" };

    public static Option<string?> VrfOption(string description = "The VRF (id or name); 'global' or none: the global table") =>
        new("--vrf") { Description = description };

    private sealed class Fields
    {
        public Option<string?> Site { get; } = new("--site") { Description = "The site it serves (id or name; 'none' clears it)" };
        public Option<PrefixStatus?> Status { get; } = new("--status") { Description = "Container, Active, Reserved or Deprecated" };
        public Option<string?> Description { get; } = new("--description") { Description = "What the network is" };

        public Symbol[] All => [Site, Status, Description];

        public async Task<PrefixRequest> ApplyAsync(Session s, PrefixRequest current, CancellationToken ct) => current with
        {
            SiteId = s.Value(Site) is { } site ? InventoryCommands.IsNone(site) ? null : await InventoryLookup.SiteAsync(s.Client, site, ct) : current.SiteId,
            Status = s.Value(Status) ?? current.Status,
            Description = s.Value(Description) ?? current.Description,
        };
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List prefixes; --search matches the prefix or its description");
        var vrf = VrfOption("Only this VRF (id or name; 'global' for the global table)");
        var family = new Option<IpFamily?>("--family") { Description = "IPv4 or IPv6" };
        var within = new Option<string?>("--within") { Description = "Only prefixes inside this CIDR block" };
        var site = new Option<string?>("--site") { Description = "Only prefixes of this site (id or name)" };
        var status = new Option<PrefixStatus?>("--status") { Description = "Only this status: Container, Active, Reserved or Deprecated" };
        command.With(vrf, family, within, site, status);
        var paging = new ListOptions(command, "prefix, length", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var siteId = s.Value(site) is { } named ? await InventoryLookup.SiteAsync(s.Client, named, ct) : (long?)null;
            var filter = new PrefixFilter(await IpamLookup.ScopeAsync(s.Client, s.Value(vrf), ct), s.Value(family), s.Value(within), siteId, s.Value(status));
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListPrefixesAsync(q, filter, c), ct), Table);
        });
    }

    private static Command Show(CliContext context)
    {
        var (prefix, vrf) = (PrefixArgument(), VrfOption());
        return new Command("show", "Show a prefix").With(prefix, vrf).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetPrefixAsync(await IpamLookup.PrefixAsync(s.Client, s.Value(prefix), s.Value(vrf), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var (prefix, vrf, fields) = (new Argument<string>("prefix") { Description = "CIDR with host bits clear, e.g. 10.20.0.0/16" }, VrfOption(), new Fields());
        return new Command("create", "Create a prefix").With([prefix, vrf, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var request = new PrefixRequest(s.Value(prefix), await IpamLookup.VrfIdAsync(s.Client, s.Value(vrf), ct));
            Print(s, await s.Client.CreatePrefixAsync(await fields.ApplyAsync(s, request, ct), cancellationToken: ct));
        });
    }

    private static Command Update(CliContext context)
    {
        var (prefix, vrf, fields, version) = (PrefixArgument(), VrfOption(), new Fields(), Options.IfVersion());
        var cidr = new Option<string?>("--prefix") { Description = "New CIDR" };
        return new Command("update", "Change a prefix; options not given keep their value").With([prefix, vrf, cidr, version, .. fields.All]).Runs(context, async (s, ct) =>
        {
            var current = await s.Client.GetPrefixAsync(await IpamLookup.PrefixAsync(s.Client, s.Value(prefix), s.Value(vrf), ct), ct);
            var request = new PrefixRequest(s.Value(cidr) ?? current.Prefix, current.VrfId, current.SiteId, current.Status, current.Description);
            Print(s, await s.Client.UpdatePrefixAsync(current.Id, await fields.ApplyAsync(s, request, ct), Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command Delete(CliContext context)
    {
        var (prefix, vrf) = (PrefixArgument(), VrfOption());
        return new Command("delete", "Delete a prefix; its child prefixes and addresses stay").With(prefix, vrf).Runs(context, async (s, ct) =>
        {
            await s.Client.DeletePrefixAsync(await IpamLookup.PrefixAsync(s.Client, s.Value(prefix), s.Value(vrf), ct), ct);
            s.Out.Done($"Prefix {s.Value(prefix)} deleted.");
        });
    }

    private static void Print(Session s, PrefixDto p) => s.Out.Item(p,
        ("Id", Format.Number(p.Id)), ("Prefix", p.Prefix), ("Family", p.Family.ToString()), ("VRF", Format.Number(p.VrfId) ?? IpamLookup.Global),
        ("Status", p.Status.ToString()), ("Site", Format.Number(p.SiteId)), ("Parent", Format.Number(p.ParentId)),
        ("Description", p.Description), ("Version", Format.Number(p.Version)));
}
