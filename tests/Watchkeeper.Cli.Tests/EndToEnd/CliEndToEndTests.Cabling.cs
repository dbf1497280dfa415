using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Interfaces_are_managed_by_name_on_their_device_and_cabled_to_each_other()
    {
        using var admin = Server.AsAdmin();
        string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        var (sw, srv) = (Name("sw"), Name("srv"));
        (await admin.RunAsync("inventory", "devices", "create", sw, "--kind", "Switch")).Ok();
        (await admin.RunAsync("inventory", "devices", "create", srv)).Ok();

        (await admin.RunAsync("inventory", "interfaces", "create", "ge-0/0/1", "--device", sw, "--speed", "1000")).Ok();
        (await admin.RunAsync("inventory", "interfaces", "create", "eth0", "--device", srv, "--mac", "00-1A-2B-3C-4D-5E")).Ok();
        var badMac = (await admin.RunAsync("inventory", "interfaces", "create", "eth1", "--device", srv, "--mac", "nope")).Expect(ExitCodes.Error);
        (await admin.RunAsync("inventory", "interfaces", "update", "eth0", "--device", srv, "--description", "uplink")).Ok();
        var cable = (await admin.RunAsync("inventory", "cables", "connect", sw, "ge-0/0/1", srv, "eth0", "--label", "C-42", "--json")).Ok().Json;
        var listed = (await admin.RunAsync("inventory", "interfaces", "list", "--device", srv)).Ok();
        var cables = (await admin.RunAsync("inventory", "cables", "list", "--device", sw)).Ok();
        var connected = (await admin.RunAsync("inventory", "relationships", "list", srv)).Ok();

        Assert.Contains("macAddress:", badMac.Error);
        Assert.Contains("00:1a:2b:3c:4d:5e", listed.Output);
        Assert.Contains(sw, listed.Output);
        Assert.Contains("C-42", cables.Output);
        Assert.Contains("ConnectedTo", connected.Output);

        (await admin.RunAsync("inventory", "cables", "delete", cable.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))).Ok();
        (await admin.RunAsync("inventory", "interfaces", "delete", "eth0", "--device", srv)).Ok();
        Assert.DoesNotContain("eth0", (await admin.RunAsync("inventory", "interfaces", "list", "--device", srv)).Ok().Output);
        Assert.DoesNotContain("ConnectedTo", (await admin.RunAsync("inventory", "relationships", "list", srv)).Ok().Output);
    }
}
