using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Sites_racks_and_devices_are_created_shown_updated_and_deleted()
    {
        using var admin = Server.AsAdmin();
        var site = $"dc-{Guid.NewGuid():N}"[..11];
        var device = $"db-{Guid.NewGuid():N}"[..11];
        var model = $"R{Guid.NewGuid():N}"[..8];

        (await admin.RunAsync("inventory", "sites", "create", site, "--time-zone", "Europe/Berlin", "--address", "1 Main St")).Ok();
        (await admin.RunAsync("inventory", "racks", "create", "A01", "--site", site, "--height", "42")).Ok();
        (await admin.RunAsync("inventory", "device-types", "create", "Dell", model, "--height", "2", "--power", "450")).Ok();
        Assert.Contains("450 W", (await admin.RunAsync("inventory", "device-types", "list", "--search", model)).Ok().Output);
        Assert.Contains(model, (await admin.RunAsync("inventory", "device-types", "list", "--manufacturer", "dell", "--height", "2", "--all")).Ok().Output);
        Assert.Contains(site, (await admin.RunAsync("inventory", "sites", "list", "--time-zone", "Europe/Berlin", "--search", "1 main", "--all")).Ok().Output);
        Assert.DoesNotContain(site, (await admin.RunAsync("inventory", "sites", "list", "--time-zone", "UTC", "--all")).Ok().Output);
        var unknownZone = await admin.RunAsync("inventory", "sites", "list", "--time-zone", "Mars/Olympus");
        Assert.NotEqual(0, unknownZone.ExitCode);
        Assert.Contains("timeZone", unknownZone.Error);
        var created = (await admin.RunAsync("inventory", "devices", "create", device, "--type", model, "--rack", "A01", "--site", site,
            "--position", "10", "--ip", "192.0.2.5", "--serial", device.ToUpperInvariant(), "--tag", "node-exporter,pci")).Ok();
        var rack = (await admin.RunAsync("inventory", "racks", "show", "A01", "--site", site)).Ok();
        var found = (await admin.RunAsync("inventory", "devices", "list", "--search", "192.0.2.5", "--site", site)).Ok();

        Assert.Contains("A01 U10 front", created.Output);
        Assert.Contains("2U (5%)", rack.Output);
        Assert.Contains("10–11", rack.Output);
        Assert.Contains(device, found.Output);
        Assert.Contains(device, (await admin.RunAsync("inventory", "devices", "list", "--tag", "node-exporter", "--site", site)).Ok().Output);

        (await admin.RunAsync("inventory", "devices", "update", device, "--status", "Maintenance", "--rack", "none")).Ok();
        var shown = (await admin.RunAsync("inventory", "devices", "show", device, "--json")).Ok().Json;
        Assert.Equal("Maintenance", shown.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, shown.GetProperty("rack").ValueKind);
        (await admin.RunAsync("inventory", "sites", "update", site, "--contacts", "NOC +49 30 1234")).Ok();
        Assert.Contains("NOC", (await admin.RunAsync("inventory", "sites", "show", site)).Ok().Output);

        (await admin.RunAsync("inventory", "devices", "delete", device)).Ok();
        (await admin.RunAsync("inventory", "racks", "delete", "A01", "--site", site)).Ok();
        (await admin.RunAsync("inventory", "sites", "delete", site)).Ok();
        (await admin.RunAsync("inventory", "device-types", "delete", model)).Ok();
        Assert.DoesNotContain(site, (await admin.RunAsync("inventory", "sites", "list", "--all")).Ok().Output);
    }

    [Fact]
    public async Task A_rack_collision_is_reported_on_the_position_field()
    {
        using var admin = Server.AsAdmin();
        var site = $"dc-{Guid.NewGuid():N}"[..11];
        var model = $"S{Guid.NewGuid():N}"[..8];
        (await admin.RunAsync("inventory", "sites", "create", site)).Ok();
        (await admin.RunAsync("inventory", "racks", "create", "B01", "--site", site, "--height", "12")).Ok();
        (await admin.RunAsync("inventory", "device-types", "create", "HPE", model)).Ok();
        (await admin.RunAsync("inventory", "devices", "create", $"sw-{Guid.NewGuid():N}"[..11], "--type", model, "--rack", "B01", "--site", site, "--position", "3")).Ok();

        var clash = (await admin.RunAsync("inventory", "devices", "create", $"sw-{Guid.NewGuid():N}"[..11], "--type", model, "--rack", "B01", "--site", site, "--position", "3"))
            .Expect(ExitCodes.Error);
        var outside = (await admin.RunAsync("inventory", "devices", "create", $"sw-{Guid.NewGuid():N}"[..11], "--type", model, "--rack", "B01", "--site", site, "--position", "13"))
            .Expect(ExitCodes.Error);

        Assert.Contains("position:", clash.Error);
        Assert.Contains("overlap", clash.Error);
        Assert.Contains("units 1 to 12", outside.Error);
    }
}
