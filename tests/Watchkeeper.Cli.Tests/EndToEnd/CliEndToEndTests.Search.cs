namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Search_finds_a_device_by_serial_and_by_ip_and_says_what_matched()
    {
        using var admin = Server.AsAdmin();
        var name = $"db-{Guid.NewGuid():N}"[..11];
        var serial = $"SN-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        (await admin.RunAsync("inventory", "devices", "create", name, "--serial", serial, "--ip", "198.51.100.77")).Ok();

        var bySerial = (await admin.RunAsync("search", serial)).Ok();
        var byIp = (await admin.RunAsync("search", "198.51.100.77", "--limit", "5")).Ok();
        var nothing = (await admin.RunAsync("search", "tag:no-such-tag")).Ok();

        Assert.Contains(name, bySerial.Output);
        Assert.Contains($"serial: {serial}", bySerial.Output);
        Assert.Contains("Exact", bySerial.Output);
        Assert.Contains("primaryIp: 198.51.100.77", byIp.Output);
        Assert.DoesNotContain(name, nothing.Output);
    }
}
