using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Inventory.Discovery.Jobs;

namespace Watchkeeper.Tests.Inventory.Discovery;

public sealed class DiscoveryTargetsTests
{
    [Theory]
    [InlineData("10.0.0.0/15", "larger than a /16")]
    [InlineData("2001:db8::/64", "larger than an IPv6 /120")]
    [InlineData("224.0.0.0/24", "multicast")]
    [InlineData("ff02::/120", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("0.0.0.0/24", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("169.254.1.0/24", "link-local")]
    [InlineData("fe80::/120", "link-local")]
    [InlineData("10.0.0.1/24", "host bits")]
    [InlineData("not-an-address", "not an IPv4 or IPv6")]
    public void Refused_targets_are_field_errors_that_say_why(string prefix, string why)
    {
        var errors = new FieldErrors();

        DiscoveryTargets.Parse([prefix], allowLoopback: false, errors);

        var fields = errors.ToError()!.Fields!;
        Assert.Contains(why, fields["prefixes"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Loopback_is_allowed_only_with_the_server_option()
    {
        var errors = new FieldErrors();

        var blocks = DiscoveryTargets.Parse(["127.0.0.0/30", "::1"], allowLoopback: true, errors);

        Assert.False(errors.Any);
        Assert.Equal(["127.0.0.1", "127.0.0.2", "::1"], DiscoveryTargets.Addresses(blocks).Select(a => a.ToString()));
        Assert.Equal(3, DiscoveryTargets.Count(blocks));
    }

    [Fact]
    public void Several_prefixes_together_may_not_exceed_a_slash_16_or_overlap()
    {
        var tooMany = new FieldErrors();
        var overlapping = new FieldErrors();

        DiscoveryTargets.Parse(["10.0.0.0/16", "10.2.0.0/24"], allowLoopback: false, tooMany);
        DiscoveryTargets.Parse(["10.0.0.0/24", "10.0.0.128/25"], allowLoopback: false, overlapping);

        Assert.Contains("at most 65536", tooMany.ToError()!.Fields!["prefixes"][0], StringComparison.Ordinal);
        Assert.Contains("overlaps", overlapping.ToError()!.Fields!["prefixes"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Ipv4_and_ipv6_prefixes_within_the_limits_are_accepted()
    {
        var errors = new FieldErrors();

        var blocks = DiscoveryTargets.Parse(["192.168.0.0/17", "2001:db8::/120"], allowLoopback: false, errors);

        Assert.False(errors.Any);
        Assert.Equal(32_766 + 256, DiscoveryTargets.Count(blocks));
    }
}
