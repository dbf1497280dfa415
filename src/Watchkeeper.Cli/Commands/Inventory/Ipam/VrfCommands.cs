using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory.Ipam;

public static class VrfCommands
{
    private static readonly Table<VrfDto> Table = new(
        ("Id", v => Format.Number(v.Id)), ("Name", v => v.Name), ("RD", v => v.RouteDistinguisher), ("Description", v => v.Description));

    public static Command Create(CliContext context) =>
        new Command("vrfs", "VRFs: routing tables inside which prefixes and addresses are unique").With(
            List(context), Show(context), New(context), Update(context), Delete(context));

    private static Argument<string> VrfArgument() => new("vrf") { Description = "VRF id or name" };

    private static Option<string?> Rd() => new("--rd") { Description = "Route distinguisher, e.g. 65000:100 (empty text clears it)" };

    private static Option<string?> Description() => new("--description") { Description = "What the VRF is for" };

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List VRFs");
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) => s.Out.List(await paging.FetchAsync(s, s.Client.ListVrfsAsync, ct), Table));
    }

    private static Command Show(CliContext context)
    {
        var vrf = VrfArgument();
        return new Command("show", "Show a VRF").With(vrf).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetVrfAsync(await IpamLookup.VrfAsync(s.Client, s.Value(vrf), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "VRF name, unique in the organization" };
        var (rd, description) = (Rd(), Description());
        return new Command("create", "Create a VRF").With(name, rd, description).Runs(context, async (s, ct) =>
            Print(s, await s.Client.CreateVrfAsync(new VrfRequest(s.Value(name), s.Value(rd), s.Value(description)), cancellationToken: ct)));
    }

    private static Command Update(CliContext context)
    {
        var vrf = VrfArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var (rd, description, version) = (Rd(), Description(), Options.IfVersion());
        return new Command("update", "Change a VRF; options not given keep their value").With(vrf, name, rd, description, version).Runs(context, async (s, ct) =>
        {
            var current = await s.Client.GetVrfAsync(await IpamLookup.VrfAsync(s.Client, s.Value(vrf), ct), ct);
            var request = new VrfRequest(s.Value(name) ?? current.Name, s.Value(rd) ?? current.RouteDistinguisher, s.Value(description) ?? current.Description);
            Print(s, await s.Client.UpdateVrfAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command Delete(CliContext context)
    {
        var vrf = VrfArgument();
        return new Command("delete", "Delete a VRF that holds no prefix or address").With(vrf).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteVrfAsync(await IpamLookup.VrfAsync(s.Client, s.Value(vrf), ct), ct);
            s.Out.Done($"VRF {s.Value(vrf)} deleted.");
        });
    }

    private static void Print(Session s, VrfDto v) => s.Out.Item(v,
        ("Id", Format.Number(v.Id)), ("Name", v.Name), ("Route distinguisher", v.RouteDistinguisher), ("Description", v.Description), ("Version", Format.Number(v.Version)));
}
