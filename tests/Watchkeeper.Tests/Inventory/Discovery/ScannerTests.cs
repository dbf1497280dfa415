using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using Watchkeeper.Server.Inventory.Discovery.Scanning;
using Watchkeeper.Server.Inventory.Discovery.Snmp;
using Watchkeeper.Tests.Inventory.Snmp;

namespace Watchkeeper.Tests.Inventory.Discovery;

/// <summary>The scanner against real peers on loopback: TCP listeners, the kernel's ICMP, the resolver and snmpd.</summary>
public sealed class ScannerTests(LldpTestAgent agent) : IClassFixture<LldpTestAgent>
{
    private static readonly ProbeSettings Quiet = new()
    {
        Icmp = false, TcpPorts = [], ReverseDns = false, Banners = false, Timeout = TimeSpan.FromMilliseconds(800),
    };

    private static Task<IReadOnlyList<Contracts.HostObservation>> ScanAsync(ProbeSettings settings, params string[] addresses) =>
        new NetworkScanner(TimeProvider.System).ScanAsync(addresses.Select(IPAddress.Parse), settings, _ => { }, CancellationToken.None);

    [Fact]
    public async Task Banners_come_from_ssh_http_and_tls_listeners()
    {
        await using var ssh = LocalServer.Ssh();
        await using var http = LocalServer.Http();
        await using var tls = LocalServer.Tls();
        var closed = Testing.LoopbackPorts.FreeTcp();

        var host = Assert.Single(await ScanAsync(
            Quiet with
            {
                TcpPorts = [ssh.Port, http.Port, tls.Port, closed], Banners = true, HttpPorts = [http.Port], TlsPorts = [tls.Port],
                // Generous for a loaded machine (a first TLS handshake has taken over 3 s there); an answering listener never waits it out.
                Timeout = TimeSpan.FromSeconds(15),
            }, "127.0.0.1"));

        Assert.Equal(new[] { ssh.Port, http.Port, tls.Port }.Order(), host.OpenPorts.Order());
        Assert.Equal("SSH-2.0-OpenSSH_9.2p1 Debian-2", host.SshBanner);
        Assert.Equal(("nginx/1.22.1", "Printer status"), (host.HttpServer, host.HttpTitle));
        Assert.Equal(tls.Port, host.Tls!.Port);
        Assert.Contains("CN=printer.example.test", host.Tls.Subject, StringComparison.Ordinal);
        Assert.Equal(host.Tls.Subject, host.Tls.Issuer);
        Assert.Equal(2031, host.Tls.NotAfter.Year);
    }

    [Fact]
    public async Task Icmp_echo_and_reverse_dns_answer_for_loopback()
    {
        // Say plainly when the environment forbids ICMP rather than let the assertion below fail obscurely or pass silently.
        using (var ping = new Ping())
        {
            var direct = await ping.SendPingAsync(IPAddress.Loopback, TimeSpan.FromSeconds(2));
            Assert.True(direct.Status == IPStatus.Success, $"ICMP echo is not permitted in this environment ({direct.Status}); the ICMP probe cannot be tested here.");
        }

        var host = Assert.Single(await ScanAsync(Quiet with { Icmp = true, ReverseDns = true }, "127.0.0.1"));

        Assert.True(host.Pinged);
        Assert.Equal("localhost", host.DnsName);
    }

    [Fact]
    public async Task A_silent_address_is_not_a_finding()
    {
        Assert.Empty(await ScanAsync(Quiet with { TcpPorts = [Testing.LoopbackPorts.FreeTcp()] }, "127.0.0.1"));
    }

    [Fact]
    public async Task Snmp_reads_the_system_group_interfaces_and_lldp_neighbours_of_a_real_agent()
    {
        var settings = Quiet with { SnmpCommunity = new SnmpCommunity(LldpTestAgent.Community), SnmpPort = agent.Agent.Endpoint.Port };

        var host = Assert.Single(await ScanAsync(settings, "127.0.0.1"));

        Assert.Equal("edge-router-1", host.System!.Name);
        Assert.Equal("Watchkeeper test agent", host.System.Description);
        Assert.StartsWith("1.3.6.1.4.1.8072", host.System.ObjectId, StringComparison.Ordinal);
        var loopback = Assert.Single(host.Interfaces, i => i.Name == "lo");
        Assert.Equal((10, true, Contracts.InterfaceKind.Virtual), (loopback.SpeedMbps, loopback.Up, loopback.Kind));
        Assert.Equal(
            [("swp1", "ge-0/0/1", "core-sw-2"), ("swp2", "0a:0b:0c:0d:0e:0f", "core-sw-3")],
            host.Neighbours.Select(n => (n.LocalPort, n.PortId, n.SystemName)));
    }

    [Fact]
    public async Task A_wrong_community_is_silence_not_a_host()
    {
        var settings = Quiet with { SnmpCommunity = new SnmpCommunity("wrong"), SnmpPort = agent.Agent.Endpoint.Port, Timeout = TimeSpan.FromMilliseconds(300) };

        Assert.Empty(await ScanAsync(settings, "127.0.0.1"));
    }

    [Fact]
    public async Task No_more_probes_are_in_flight_than_the_concurrency_allows()
    {
        await using var counter = LocalServer.Counting(TimeSpan.FromMilliseconds(300));
        var addresses = Enumerable.Range(1, 24).Select(i => $"127.0.0.{i}").ToArray();

        // The banner probe waits for a greeting that never comes, so each host holds a connection until the server hangs up.
        var hosts = await ScanAsync(Quiet with { TcpPorts = [counter.Port], Banners = true, HttpPorts = [], TlsPorts = [], Concurrency = 4, RatePerSecond = 10_000 }, addresses);

        Assert.Equal(24, hosts.Count);
        Assert.InRange(counter.MostOpenAtOnce, 2, 4);
    }

    [Fact]
    public async Task No_more_probes_start_per_second_than_the_rate_allows()
    {
        await using var counter = LocalServer.Counting(TimeSpan.Zero);
        var addresses = Enumerable.Range(1, 30).Select(i => $"127.0.1.{i}").ToArray();
        var clock = Stopwatch.StartNew();

        var hosts = await ScanAsync(Quiet with { TcpPorts = [counter.Port], Concurrency = 64, RatePerSecond = 20 }, addresses);

        Assert.Equal(30, hosts.Count);
        // 30 probes at 20 per second: the first tenth's tokens go at once, the rest need at least 1.4 s more.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.3), $"30 probes at 20/s took only {clock.Elapsed.TotalSeconds:0.00} s");
    }
}
