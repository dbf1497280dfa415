using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Vrfs_prefixes_and_addresses_are_managed_and_the_free_space_found()
    {
        using var admin = Server.AsAdmin();
        var vrf = $"vrf-{Guid.NewGuid():N}"[..12];

        (await admin.RunAsync("inventory", "vrfs", "create", vrf, "--rd", "65000:20")).Ok();
        (await admin.RunAsync("inventory", "prefixes", "create", "10.20.0.0/16", "--vrf", vrf, "--status", "Container")).Ok();
        (await admin.RunAsync("inventory", "prefixes", "create", "10.20.1.0/24", "--vrf", vrf, "--description", "servers")).Ok();
        var nextPrefix = (await admin.RunAsync("inventory", "prefixes", "next-free-prefix", "10.20.0.0/16", "--vrf", vrf, "--length", "24")).Ok();
        var nextAddress = (await admin.RunAsync("inventory", "prefixes", "next-free-address", "10.20.1.0/24", "--vrf", vrf)).Ok().Output.Trim();
        (await admin.RunAsync("inventory", "ip-addresses", "create", nextAddress, "--vrf", vrf, "--dns-name", "db-01.example.com")).Ok();
        var tree = (await admin.RunAsync("inventory", "prefixes", "tree", "--vrf", vrf)).Ok();
        var used = (await admin.RunAsync("inventory", "prefixes", "utilization", "10.20.1.0/24", "--vrf", vrf)).Ok();
        var free = (await admin.RunAsync("inventory", "prefixes", "free-ranges", "10.20.1.0/24", "--vrf", vrf)).Ok();
        var duplicate = (await admin.RunAsync("inventory", "ip-addresses", "create", nextAddress, "--vrf", vrf)).Expect(ExitCodes.Error);

        Assert.Equal("10.20.0.0/24", nextPrefix.Output.Trim());
        Assert.Equal("10.20.1.1/24", nextAddress);
        Assert.Contains("10.20.0.0/16", tree.Output);
        Assert.Contains("  10.20.1.0/24", tree.Output);
        Assert.Contains("Addresses:", used.Output);
        Assert.Contains("10.20.1.128/25", free.Output);
        Assert.Contains("address:", duplicate.Error);

        (await admin.RunAsync("inventory", "ip-addresses", "update", "10.20.1.1", "--vrf", vrf, "--status", "Reserved")).Ok();
        var reserved = (await admin.RunAsync("inventory", "ip-addresses", "list", "--vrf", vrf, "--status", "Reserved", "--json")).Ok().Json;
        Assert.Equal("db-01.example.com", reserved.GetProperty("items")[0].GetProperty("dnsName").GetString());
        Assert.Contains("servers", (await admin.RunAsync("inventory", "prefixes", "list", "--vrf", vrf, "--within", "10.20.0.0/16")).Ok().Output);
        var containers = (await admin.RunAsync("inventory", "prefixes", "list", "--vrf", vrf, "--status", "Container", "--family", "IPv4")).Ok().Output;
        Assert.Contains("10.20.0.0/16", containers);
        Assert.DoesNotContain("servers", containers);
        Assert.Contains("db-01.example.com", (await admin.RunAsync("inventory", "ip-addresses", "list", "--vrf", vrf, "--search", "10.20.1.")).Ok().Output);

        (await admin.RunAsync("inventory", "ip-addresses", "delete", "10.20.1.1", "--vrf", vrf)).Ok();
        (await admin.RunAsync("inventory", "prefixes", "delete", "10.20.1.0/24", "--vrf", vrf)).Ok();
        (await admin.RunAsync("inventory", "prefixes", "delete", "10.20.0.0/16", "--vrf", vrf)).Ok();
        (await admin.RunAsync("inventory", "vrfs", "delete", vrf)).Ok();
        Assert.DoesNotContain(vrf, (await admin.RunAsync("inventory", "vrfs", "list", "--all")).Ok().Output);
    }

    [Fact]
    public async Task Vlan_groups_and_vlans_are_managed_by_name_and_vid()
    {
        using var admin = Server.AsAdmin();
        var group = $"grp-{Guid.NewGuid():N}"[..12];

        (await admin.RunAsync("inventory", "vlan-groups", "create", group, "--description", "core")).Ok();
        (await admin.RunAsync("inventory", "vlans", "create", "100", "servers", "--group", group)).Ok();
        var repeated = (await admin.RunAsync("inventory", "vlans", "create", "100", "again", "--group", group)).Expect(ExitCodes.Error);
        (await admin.RunAsync("inventory", "vlans", "update", "100", "--group", group, "--name", "backend", "--status", "Reserved")).Ok();
        var shown = (await admin.RunAsync("inventory", "vlans", "show", "100", "--group", group)).Ok();
        var listed = (await admin.RunAsync("inventory", "vlans", "list", "--group", group)).Ok();

        Assert.Contains("vid:", repeated.Error);
        Assert.Contains("backend", shown.Output);
        Assert.Contains("Reserved", listed.Output);

        (await admin.RunAsync("inventory", "vlans", "delete", "100", "--group", group)).Ok();
        (await admin.RunAsync("inventory", "vlan-groups", "delete", group)).Ok();
        Assert.DoesNotContain(group, (await admin.RunAsync("inventory", "vlan-groups", "list", "--all")).Ok().Output);
    }
}
