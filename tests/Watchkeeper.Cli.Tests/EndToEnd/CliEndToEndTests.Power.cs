using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Panels_feeds_and_cords_are_managed_by_name_and_the_site_load_is_a_table()
    {
        using var admin = Server.AsAdmin();
        string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        var (site, pduType, srvType, pdu, srv) = (Name("dc"), Name("pdu-m"), Name("srv-m"), Name("pdu"), Name("srv"));
        (await admin.RunAsync("inventory", "sites", "create", site)).Ok();
        (await admin.RunAsync("inventory", "device-types", "create", "Acme", pduType, "--height", "0", "--max-output", "3680")).Ok();
        (await admin.RunAsync("inventory", "device-types", "create", "Acme", srvType, "--power", "450")).Ok();
        (await admin.RunAsync("inventory", "devices", "create", pdu, "--kind", "Pdu", "--type", pduType)).Ok();
        (await admin.RunAsync("inventory", "devices", "create", srv, "--type", srvType)).Ok();

        (await admin.RunAsync("inventory", "power-panels", "create", "PP-1", "--site", site)).Ok();
        (await admin.RunAsync("inventory", "power-feeds", "create", "A1", "--panel", "PP-1", "--site", site, "--phase", "ThreePhase", "--voltage", "400", "--amperage", "32")).Ok();
        var badFeed = (await admin.RunAsync("inventory", "power-feeds", "create", "B1", "--panel", "PP-1", "--site", site, "--voltage", "0")).Expect(ExitCodes.Error);
        (await admin.RunAsync("inventory", "power-connections", "create", pdu, "--feed", "A1")).Ok();
        (await admin.RunAsync("inventory", "power-connections", "create", srv, "--upstream", pdu, "--label", "outlet 3")).Ok();
        var loop = (await admin.RunAsync("inventory", "power-connections", "create", pdu, "--upstream", srv)).Expect(ExitCodes.Error);
        var load = (await admin.RunAsync("inventory", "power-load", "--site", site)).Ok();
        var cords = (await admin.RunAsync("inventory", "power-connections", "list", "--device", srv)).Ok();
        var panelInUse = (await admin.RunAsync("inventory", "power-panels", "delete", "PP-1", "--site", site)).Expect(ExitCodes.Error);

        Assert.Contains("voltage", badFeed.Error);
        Assert.Contains("only a PDU or UPS", loop.Error);
        Assert.Contains("17736 W", load.Output);
        Assert.Contains("450 W (3%)", load.Output);
        Assert.Contains("outlet 3", cords.Output);
        Assert.Contains("feed(s)", panelInUse.Error);
    }
}
