using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Tests.Inventory.Network;

public sealed class IpFreeRangesTests
{
    private static IpBlock Block(string cidr) => IpNotation.ParsePrefix(cidr).Block;

    private static string[] Free(string parent, int limit, params string[] taken) =>
        [.. IpFreeRanges.Find(Block(parent), taken.Select(Block), limit).Select(b => b.ToString())];

    [Fact]
    public void An_empty_prefix_is_free_as_a_whole_even_the_whole_space()
    {
        Assert.Equal(["10.0.0.0/24"], Free("10.0.0.0/24", 10));
        Assert.Equal(["::/0"], Free("::/0", 10));
        Assert.Equal(["0.0.0.0/0"], Free("0.0.0.0/0", 10));
    }

    [Fact]
    public void Gaps_split_into_aligned_blocks_and_nested_children_count_once()
    {
        Assert.Equal(["10.0.0.128/25"], Free("10.0.0.0/24", 10, "10.0.0.0/25", "10.0.0.0/26", "10.0.0.5/32"));
        Assert.Equal(["10.0.0.0/26", "10.0.0.192/26"], Free("10.0.0.0/24", 10, "10.0.0.64/26", "10.0.0.128/26"));
        Assert.Equal(["10.0.0.0/32", "10.0.0.2/31", "10.0.0.4/30"], Free("10.0.0.0/29", 10, "10.0.0.1/32"));
    }

    [Fact]
    public void A_full_prefix_has_no_free_range_and_the_limit_holds()
    {
        Assert.Empty(Free("10.0.0.0/31", 10, "10.0.0.0/32", "10.0.0.1/32"));
        Assert.Empty(Free("2001:db8::/127", 10, "2001:db8::/128", "2001:db8::1/128"));
        Assert.Equal(["10.0.0.0/32", "10.0.0.2/31"], Free("10.0.0.0/24", 2, "10.0.0.1/32"));
        Assert.Equal(["2001:db8::/128", "2001:db8::2/127"], Free("2001:db8::/48", 2, "2001:db8::1/128"));
    }
}
