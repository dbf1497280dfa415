using System.Net;
using System.Net.NetworkInformation;
using Watchkeeper.Server.Inventory.Discovery.Snmp;
using Watchkeeper.Testing;

namespace Watchkeeper.Tests.Inventory.Snmp;

/// <summary>The client against a real snmpd on loopback.</summary>
public sealed class SnmpAgentTests(LldpTestAgent fixture) : IClassFixture<LldpTestAgent>
{
    private static readonly SnmpClientOptions Fast = new() { Timeout = TimeSpan.FromMilliseconds(300), Retries = 1 };

    private readonly SnmpTarget target = new(fixture.Agent.Endpoint, new SnmpCommunity(LldpTestAgent.Community));
    private readonly SnmpClient client = new(TimeProvider.System, Fast);

    [Fact]
    public async Task The_system_group_reads_as_configured()
    {
        var system = await SnmpSystemInfo.ReadAsync(client, target, CancellationToken.None);

        Assert.Equal("edge-router-1", system.Name);
        Assert.Equal("Watchkeeper test agent", system.Description);
        Assert.Equal("Rack 7, Room 2", system.Location);
        Assert.True(system.ObjectId!.IsUnder(ObjectIdentifier.Parse("1.3.6.1.4.1.8072")), $"net-snmp's enterprise, got {system.ObjectId}");
        Assert.True(system.UpTime >= TimeSpan.Zero);
    }

    [Fact]
    public async Task A_missing_instance_comes_back_as_an_exception_value_not_an_error()
    {
        var result = await client.GetAsync(target, [MibOids.SysName, MibOids.System.Append(5, 1)], CancellationToken.None);

        Assert.Equal("edge-router-1", result[0].Value.AsText());
        Assert.Equal(SnmpValueType.NoSuchInstance, result[1].Value.Type);
        Assert.Throws<SnmpUnexpectedTypeException>(() => result[1].Value.AsText());
    }

    [Fact]
    public async Task The_interface_table_lists_loopback_up_with_its_speed_and_no_mac()
    {
        var interfaces = await SnmpInterface.ReadAllAsync(client, target, CancellationToken.None);

        var loopback = Assert.Single(interfaces, row => row.Name == "lo");
        Assert.Equal("lo", loopback.Description);
        Assert.Equal(24, loopback.Type);
        Assert.Equal(10_000_000UL, loopback.SpeedBitsPerSecond);
        Assert.Null(loopback.PhysicalAddress);
        Assert.Equal(SnmpInterfaceStatus.Up, loopback.AdminStatus);
        Assert.Equal(SnmpInterfaceStatus.Up, loopback.OperStatus);
        // The agent reads the same kernel: every other interface it reports has the MAC the host sees.
        var hostMacs = NetworkInterface.GetAllNetworkInterfaces().ToDictionary(nic => nic.Name, nic => nic.GetPhysicalAddress());
        Assert.All(
            interfaces.Where(row => row.Name != "lo" && row.Name is not null && hostMacs.ContainsKey(row.Name)),
            row => Assert.Equal(hostMacs[row.Name!], row.PhysicalAddress ?? PhysicalAddress.None));
    }

    [Fact]
    public async Task Walking_with_getbulk_and_with_getnext_returns_the_same_rows()
    {
        var bulk = await client.WalkAsync(target, MibOids.IfEntry, CancellationToken.None);
        var next = await new SnmpClient(TimeProvider.System, Fast with { UseGetNextOnly = true })
            .WalkAsync(target, MibOids.IfEntry, CancellationToken.None);

        Assert.NotEmpty(bulk);
        // Counters move between the two walks; the OIDs and the types must match exactly.
        Assert.Equal(next.Select(row => (row.Oid, row.Value.Type)), bulk.Select(row => (row.Oid, row.Value.Type)));
        Assert.All(bulk, row => Assert.True(row.Oid.IsUnder(MibOids.IfEntry)));
    }

    [Fact]
    public async Task A_walk_stops_at_its_row_bound()
    {
        var bounded = new SnmpClient(TimeProvider.System, Fast with { MaxRowsPerWalk = 3, MaxRepetitions = 2 });

        var error = await Assert.ThrowsAsync<SnmpWalkException>(() => bounded.WalkAsync(target, MibOids.IfEntry, CancellationToken.None));
        Assert.Contains("exceeded 3 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lldp_neighbours_are_parsed_with_their_local_ports()
    {
        var neighbours = await SnmpLldpNeighbour.ReadAllAsync(client, target, CancellationToken.None);

        Assert.Equal(
            [
                new SnmpLldpNeighbour(1, "swp1", "front port 1", 4, "00:11:22:33:44:55", 5, "ge-0/0/1", "uplink to edge", "core-sw-2"),
                new SnmpLldpNeighbour(2, "swp2", "front port 2", 7, "core-sw-3", 3, "0a:0b:0c:0d:0e:0f", null, "core-sw-3"),
            ],
            neighbours);
    }

    [Fact]
    public async Task A_wrong_community_times_out_with_a_clear_error_that_does_not_reveal_the_community()
    {
        var wrong = target with { Community = new SnmpCommunity("not-the-community") };

        var error = await Assert.ThrowsAsync<SnmpTimeoutException>(() => SnmpSystemInfo.ReadAsync(client, wrong, CancellationToken.None));
        Assert.Contains($"No SNMP response from {target.Endpoint} after 2 attempts", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-community", error.Message + wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_where_nothing_listens_times_out()
    {
        var silent = target with { Endpoint = new IPEndPoint(IPAddress.Loopback, SnmpAgent.FreeUdpPort()) };

        await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(silent, [MibOids.SysName], CancellationToken.None));
    }

    [Fact]
    public async Task Cancellation_is_not_reported_as_a_timeout()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(target, [MibOids.SysName], cancelled.Token));
    }
}
