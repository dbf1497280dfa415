using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Tests.Inventory.Network;

public sealed class IpBlockTests
{
    private static IpBlock Block(string cidr)
    {
        var (block, error) = IpNotation.ParsePrefix(cidr);
        Assert.Null(error);
        return block;
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("192.0.2.7/32", "192.0.2.7/32")]
    [InlineData("2001:DB8:0:0::/32", "2001:db8::/32")]
    [InlineData("::/0", "::/0")]
    [InlineData("2001:db8::1/128", "2001:db8::1/128")]
    public void Prefixes_are_stored_in_canonical_form(string text, string canonical) =>
        Assert.Equal(canonical, Block(text).ToString());

    [Theory]
    [InlineData("10.1.2.3/8", "host bits set; the network is 10.0.0.0/8")]
    [InlineData("2001:db8::1/64", "the network is 2001:db8::/64")]
    [InlineData("10.0.0.0", "needs a prefix length")]
    [InlineData("10.0/8", "not an IPv4 or IPv6 address")]
    [InlineData("10.0.0.0/33", "0 to 32")]
    [InlineData("2001:db8::/129", "0 to 128")]
    [InlineData("10.0.0.0/-1", "0 to 32")]
    public void Bad_prefixes_say_what_is_wrong(string text, string message) =>
        Assert.Contains(message, IpNotation.ParsePrefix(text).Error);

    [Fact]
    public void Containment_includes_the_edges_and_never_crosses_families()
    {
        Assert.True(Block("0.0.0.0/0").Contains(Block("255.255.255.255/32")));
        Assert.True(Block("10.0.0.0/8").Contains(Block("10.255.255.0/24")));
        Assert.False(Block("10.0.0.0/8").Contains(Block("11.0.0.0/24")));
        Assert.False(Block("10.0.0.0/24").Contains(Block("10.0.0.0/8")));
        Assert.True(Block("::/0").Contains(Block("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128")));
        Assert.False(Block("::/0").Contains(Block("0.0.0.0/0")));
        Assert.True(Block("10.0.0.0/8").Overlaps(Block("10.1.0.0/16")) && Block("10.1.0.0/16").Overlaps(Block("10.0.0.0/8")));
    }

    [Fact]
    public void Keys_sort_as_the_addresses_do()
    {
        var keys = new[] { "10.0.0.0/8", "9.255.255.0/24", "10.0.0.0/32", "192.168.0.0/16" }.Select(c => Block(c).StartKey).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { Block("9.255.255.0/24").StartKey, Block("10.0.0.0/8").StartKey, Block("10.0.0.0/32").StartKey, Block("192.168.0.0/16").StartKey }, keys);
        Assert.Equal(32, Block("::/0").EndKey.Length);
        Assert.Equal("ffffffffffffffffffffffffffffffff", Block("::/0").EndKey);
    }

    [Fact]
    public void Next_free_prefix_skips_taken_blocks_and_aligns()
    {
        var parent = Block("10.0.0.0/24");
        var taken = new[] { Block("10.0.0.0/26"), Block("10.0.0.64/28") };

        Assert.Equal("10.0.0.80/28", IpSpace.NextFreePrefix(parent, taken, 28).ToString());
        Assert.Equal("10.0.0.128/26", IpSpace.NextFreePrefix(parent, taken, 26).ToString());
        Assert.Equal("10.0.0.128/25", IpSpace.NextFreePrefix(parent, taken, 25).ToString());
        Assert.Null(IpSpace.NextFreePrefix(parent, taken, 24));
        Assert.Equal("10.0.0.0/24", IpSpace.NextFreePrefix(parent, [], 24).ToString());
        Assert.Null(IpSpace.NextFreePrefix(parent, [Block("10.0.0.0/25"), Block("10.0.0.128/25")], 32));
    }

    [Fact]
    public void Next_free_prefix_works_at_the_ends_of_the_ipv6_space()
    {
        var all = Block("::/0");
        Assert.Equal("::/1", IpSpace.NextFreePrefix(all, [], 1).ToString());
        Assert.Equal("8000::/1", IpSpace.NextFreePrefix(all, [Block("::/1")], 1).ToString());
        Assert.Null(IpSpace.NextFreePrefix(all, [Block("::/1"), Block("8000::/1")], 64));
        Assert.Equal("2001:db8::1/128", IpSpace.NextFreePrefix(Block("2001:db8::/127"), [Block("2001:db8::/128")], 128).ToString());
    }

    [Fact]
    public void Next_free_address_keeps_ipv4_network_and_broadcast_out_except_in_31_and_32()
    {
        var lan = Block("192.0.2.0/29");
        var used = new[] { lan.Start + 1, lan.Start + 2, lan.Start + 4 };

        Assert.Equal(lan.Start + 3, IpSpace.NextFreeAddress(lan, used));
        Assert.Null(IpSpace.NextFreeAddress(lan, Enumerable.Range(1, 6).Select(i => lan.Start + (UInt128)i)));
        Assert.Equal(Block("192.0.2.0/31").Start, IpSpace.NextFreeAddress(Block("192.0.2.0/31"), []));
        Assert.Null(IpSpace.NextFreeAddress(Block("192.0.2.9/32"), [Block("192.0.2.9/32").Start]));
        Assert.Equal(Block("2001:db8::/64").Start, IpSpace.NextFreeAddress(Block("2001:db8::/64"), []));
    }

    [Fact]
    public void Coverage_counts_nested_and_overlapping_blocks_once()
    {
        var parent = Block("10.0.0.0/24");
        var children = new[] { Block("10.0.0.0/25"), Block("10.0.0.0/26"), Block("10.0.0.128/26") };

        Assert.Equal(0.75, IpSpace.Coverage(parent, children));
        Assert.Equal(0, IpSpace.Coverage(parent, [parent]));
        Assert.Equal(1.0 / 256, IpSpace.Coverage(parent, [Block("10.0.0.7/32"), Block("10.9.0.7/32")]));
        Assert.Equal(0.5, IpSpace.Coverage(Block("::/0"), [Block("::/1")]));
    }

    [Fact]
    public void The_tree_finds_the_longest_containing_prefix()
    {
        var prefixes = new[] { "10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "10.2.0.0/16", "192.168.0.0/16", "2001:db8::/32" };
        var nodes = PrefixTree.Build(prefixes.Select(p => (p, Block(p))));
        string? ParentOf(string p) => nodes.Single(n => n.Item == p).ParentIndex is { } i ? nodes[i].Item : null;

        Assert.Equal("10.1.0.0/16", ParentOf("10.1.2.0/24"));
        Assert.Equal("10.0.0.0/8", ParentOf("10.2.0.0/16"));
        Assert.Null(ParentOf("192.168.0.0/16"));
        Assert.Null(ParentOf("2001:db8::/32"));
        Assert.Equal(2, nodes.Single(n => n.Item == "10.1.2.0/24").Depth);
        Assert.Equal(prefixes.Where(p => p.Contains('.')), nodes.Where(n => n.Block.Family == IpFamily.IPv4).Select(n => n.Item));
    }
}
