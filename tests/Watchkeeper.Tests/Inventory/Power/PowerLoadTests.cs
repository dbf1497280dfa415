using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Power;

namespace Watchkeeper.Tests.Inventory.Power;

public sealed class PowerLoadTests
{
    private const long FeedA = 1, FeedB = 2;
    private long nextCord = 1;

    private static PoweredDevice Server(long id, int? draw) => new(id, $"srv-{id}", DeviceKind.Server, draw, null);

    private static PoweredDevice Pdu(long id, int? draw = null, int? maxOutput = 3680) => new(id, $"pdu-{id}", DeviceKind.Pdu, draw, maxOutput);

    private PowerCord Cord(long device, PowerSource source) => new(nextCord++, device, source, null);

    private static PowerGraph Graph(IEnumerable<PoweredDevice> devices, params PowerCord[] cords) => new(cords, devices.ToDictionary(d => d.Id));

    private static PowerLoad Load(IEnumerable<PoweredDevice> devices, params PowerCord[] cords) => new(Graph(devices, cords));

    [Theory]
    [InlineData(PowerPhase.SinglePhase, 230, 16, 80, 2944)]
    [InlineData(PowerPhase.SinglePhase, 230, 32, 100, 7360)]
    [InlineData(PowerPhase.ThreePhase, 400, 32, 80, 17736)]
    [InlineData(PowerPhase.ThreePhase, 400, 16, 100, 11085)]
    public void Capacity_is_volts_times_amperes_times_root_three_for_three_phase_times_the_usable_share(PowerPhase phase, int volts, int amperes, int percent, int watts) =>
        Assert.Equal(watts, PowerCapacity.Watts(phase, volts, amperes, percent));

    [Fact]
    public void A_dual_corded_device_splits_its_draw_and_puts_all_of_it_on_each_feed_when_the_partner_fails()
    {
        var power = Load([Server(10, 400), Server(11, 300)],
            Cord(10, PowerSource.Feed(FeedA)), Cord(10, PowerSource.Feed(FeedB)), Cord(11, PowerSource.Feed(FeedA)));

        var a = power.Of(PowerSource.Feed(FeedA));
        var b = power.Of(PowerSource.Feed(FeedB));

        Assert.Equal((500.0, 700.0), (a.LoadWatts, a.FailoverWatts));
        Assert.Equal((200.0, 400.0), (b.LoadWatts, b.FailoverWatts));
        Assert.Equal(new long[] { 10, 11 }, a.Devices.Order());
    }

    [Fact]
    public void Load_flows_up_through_a_chain_of_pdus_with_their_own_draw()
    {
        // Feed A → PDU 20 (draws 20 W) → PDU 21 → two servers; one server also has a cord straight to feed B.
        var power = Load([Pdu(20, draw: 20), Pdu(21), Server(30, 500), Server(31, 250)],
            Cord(20, PowerSource.Feed(FeedA)), Cord(21, PowerSource.Device(20)),
            Cord(30, PowerSource.Device(21)), Cord(31, PowerSource.Device(21)), Cord(30, PowerSource.Feed(FeedB)));

        var inner = power.Of(PowerSource.Device(21));
        var feed = power.Of(PowerSource.Feed(FeedA));

        Assert.Equal((500.0, 750.0), (inner.LoadWatts, inner.FailoverWatts));
        Assert.Equal((520.0, 770.0), (feed.LoadWatts, feed.FailoverWatts));
        Assert.Equal(new long[] { 20, 21, 30, 31 }, feed.Devices.Order());
        Assert.Equal(250.0, power.Of(PowerSource.Feed(FeedB)).LoadWatts);
    }

    [Fact]
    public void Two_cords_into_the_same_supply_count_the_device_once_when_the_partner_fails()
    {
        var power = Load([Server(10, 600)], Cord(10, PowerSource.Feed(FeedA)), Cord(10, PowerSource.Feed(FeedA)), Cord(10, PowerSource.Feed(FeedB)));

        var a = power.Of(PowerSource.Feed(FeedA));

        Assert.Equal((400.0, 600.0), (a.LoadWatts, a.FailoverWatts));
    }

    [Fact]
    public void Devices_without_a_known_draw_are_listed_instead_of_counted_as_zero_but_a_pdu_without_one_is_not()
    {
        var power = Load([Pdu(20), Server(30, null), Server(31, 100)],
            Cord(20, PowerSource.Feed(FeedA)), Cord(30, PowerSource.Device(20)), Cord(31, PowerSource.Feed(FeedA)));

        var a = power.Of(PowerSource.Feed(FeedA));

        Assert.Equal(new long[] { 30 }, a.UnknownDraw);
        Assert.Equal(100.0, a.LoadWatts);
        Assert.Equal(3, a.Devices.Count);
    }

    [Fact]
    public void A_loop_left_in_the_data_ends_the_walk_instead_of_hanging()
    {
        var power = Load([Pdu(20, draw: 10), Pdu(21, draw: 10)],
            Cord(20, PowerSource.Feed(FeedA)), Cord(21, PowerSource.Device(20)), Cord(20, PowerSource.Device(21)));

        var a = power.Of(PowerSource.Feed(FeedA));

        Assert.True(a.LoadWatts < 100);
    }

    [Fact]
    public void The_consumers_of_a_supply_show_their_whole_demand_and_their_share_here()
    {
        var graph = Graph([Pdu(20), Server(30, 500), Server(31, 300)],
            Cord(20, PowerSource.Feed(FeedA)), Cord(20, PowerSource.Feed(FeedB)), Cord(30, PowerSource.Device(20)), Cord(31, PowerSource.Device(20)));
        var power = new PowerLoad(graph);

        var consumers = power.Consumers(graph, PowerSource.Feed(FeedA));

        var pdu = Assert.Single(consumers);
        Assert.Equal((800, 2, 400), (pdu.DrawWatts, pdu.Paths, pdu.ShareWatts));
    }
}
