namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Relationships_and_redundancy_groups_feed_the_impact_analysis()
    {
        using var admin = Server.AsAdmin();
        string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        var (shop, web1, web2, tier) = (Name("shop"), Name("web"), Name("web"), Name("tier"));
        (await admin.RunAsync("inventory", "devices", "create", shop, "--criticality", "Critical")).Ok();
        (await admin.RunAsync("inventory", "devices", "create", web1)).Ok();
        (await admin.RunAsync("inventory", "devices", "create", web2)).Ok();
        (await admin.RunAsync("inventory", "groups", "create", tier, "--minimum", "1")).Ok();
        (await admin.RunAsync("inventory", "relationships", "create", shop, "DependsOn", tier)).Ok();
        (await admin.RunAsync("inventory", "relationships", "create", web1, "MemberOf", tier)).Ok();
        (await admin.RunAsync("inventory", "relationships", "create", web2, "MemberOf", tier)).Ok();

        var listed = (await admin.RunAsync("inventory", "relationships", "list", tier, "--direction", "Incoming")).Ok();
        var one = (await admin.RunAsync("inventory", "impact", "of", web1)).Ok();
        var both = (await admin.RunAsync("inventory", "impact", "of", web1, web2)).Ok();
        var cut = (await admin.RunAsync("inventory", "impact", "of", web1, web2, "--limit", "1")).Ok();

        Assert.Contains(web2, listed.Output);
        Assert.Contains(shop, listed.Output);
        Assert.Contains("Degraded", one.Output);
        Assert.DoesNotContain("Down", one.Output);
        Assert.Contains("Down", both.Output);
        Assert.Contains("… and 1 more (2 affected, 2 down); --limit lists more.", cut.Output);
    }
}
