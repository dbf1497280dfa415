using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring;
using Watchkeeper.Server.Monitoring.Probes;
using Watchkeeper.Testing;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>DNS checks against a real dnsmasq on loopback that knows a small example.test zone.</summary>
public sealed class DnsProbeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private static readonly TargetPolicy Loopback = TargetPolicy.From(new MonitoringOptions { AllowLoopback = true });

    /// <summary>The zone the tests ask about.</summary>
    public static readonly string[] Zone =
    [
        "--local=/example.test/",
        "--address=/web.example.test/10.0.0.80",
        "--host-record=db.example.test,10.0.0.5,fd00::5",
        "--cname=www.example.test,web.example.test",
        "--mx-host=example.test,mail.example.test,10",
        "--txt-record=example.test,v=spf1 mx -all",
        "--srv-host=_sip._tcp.example.test,sip.example.test,5060,10,20",
        "--ptr-record=80.0.0.10.in-addr.arpa,web.example.test",
    ];

    private static Task<ProbeOutcome> AskAsync(DnsCheckSettings settings, TargetPolicy? policy = null) =>
        new DnsProbe(policy ?? Loopback).RunAsync(settings, Timeout, CancellationToken.None);

    [NeedsPackageFact(Dnsmasq.Executable, Dnsmasq.Package)]
    public async Task Each_record_type_is_asked_for_and_an_expected_answer_must_be_among_the_answers()
    {
        await using var dns = await Dnsmasq.StartAsync(Zone);
        var a = await AskAsync(new("web.example.test", DnsRecordType.A, dns.Resolver, Expected: "10.0.0.80"));
        var aaaa = await AskAsync(new("db.example.test", DnsRecordType.AAAA, dns.Resolver, Expected: "FD00::5"));
        var cname = await AskAsync(new("www.example.test", DnsRecordType.CNAME, dns.Resolver, Expected: "web.example.test."));
        var mxHost = await AskAsync(new("example.test", DnsRecordType.MX, dns.Resolver, Expected: "mail.example.test"));
        var mxWhole = await AskAsync(new("example.test", DnsRecordType.MX, dns.Resolver, Expected: "10 mail.example.test"));
        var txt = await AskAsync(new("example.test", DnsRecordType.TXT, dns.Resolver, Expected: "v=spf1 mx -all"));
        var srv = await AskAsync(new("_sip._tcp.example.test", DnsRecordType.SRV, dns.Resolver, Expected: "10 20 5060 sip.example.test"));
        var ptr = await AskAsync(new("10.0.0.80", DnsRecordType.PTR, dns.Resolver, Expected: "web.example.test"));

        Assert.All(new[] { a, aaaa, cname, mxHost, mxWhole, txt, srv, ptr }, outcome => Assert.Equal(CheckState.Up, outcome.Result));
        Assert.StartsWith("A web.example.test in ", a.Message, StringComparison.Ordinal);
        Assert.EndsWith(": 10.0.0.80.", a.Message, StringComparison.Ordinal);
        Assert.Equal(("10.0.0.80", dns.Resolver, "NoError"), (a.Evidence["answers"], a.Evidence["resolver"], a.Evidence["responseCode"]));
        Assert.Equal("10 mail.example.test", mxWhole.Evidence["answers"]);
        Assert.Equal("v=spf1 mx -all", txt.Evidence["answers"]);
        Assert.Equal("web.example.test", ptr.Evidence["answers"]);
        Assert.True(a.LatencyMs > 0);
    }

    [NeedsPackageFact(Dnsmasq.Executable, Dnsmasq.Package)]
    public async Task A_wrong_answer_no_record_and_an_unknown_name_are_down()
    {
        await using var dns = await Dnsmasq.StartAsync(Zone);
        var wrong = await AskAsync(new("web.example.test", DnsRecordType.A, dns.Resolver, Expected: "10.0.0.81"));
        var noRecord = await AskAsync(new("db.example.test", DnsRecordType.MX, dns.Resolver));
        var unknown = await AskAsync(new("missing.example.test", DnsRecordType.A, dns.Resolver));

        Assert.Equal((CheckState.Down, "A web.example.test: \"10.0.0.81\" is not among the answers (10.0.0.80)."), (wrong.Result, wrong.Message));
        Assert.Equal((CheckState.Down, "MX db.example.test: no MX record."), (noRecord.Result, noRecord.Message));
        Assert.Equal(CheckState.Down, unknown.Result);
        Assert.StartsWith("A missing.example.test: NotExistentDomain", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("NotExistentDomain", unknown.Evidence["responseCode"]);
    }

    [Fact]
    public async Task A_silent_resolver_is_down_and_a_refused_one_is_never_asked()
    {
        var silent = Testing.SnmpAgent.FreeUdpPort();
        var quiet = await new DnsProbe(Loopback).RunAsync(new("web.example.test", Resolver: $"127.0.0.1:{silent}"), TimeSpan.FromSeconds(1), CancellationToken.None);
        var refused = await AskAsync(new("web.example.test", Resolver: "127.0.0.1:53"), TargetPolicy.From(new MonitoringOptions()));
        var metadata = await AskAsync(new("web.example.test", Resolver: "169.254.169.253"));

        Assert.Equal(CheckState.Down, quiet.Result);
        Assert.Equal("127.0.0.1 is in 127.0.0.0/8, which checks may not reach (see the monitoring settings).", refused.Message);
        Assert.Contains("169.254.0.0/16", metadata.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.53", "10.0.0.53", 53)]
    [InlineData("10.0.0.53:5353", "10.0.0.53", 5353)]
    [InlineData("ns1.example.com", "ns1.example.com", 53)]
    [InlineData("ns1.example.com:54", "ns1.example.com", 54)]
    [InlineData("fd00::53", "fd00::53", 53)]
    [InlineData("[fd00::53]:5353", "fd00::53", 5353)]
    public void Resolvers_are_written_as_host_and_optional_port(string text, string host, int port)
    {
        Assert.True(HostAndPort.TryParse(text, 53, out var parsed));
        Assert.Equal(new HostAndPort(host, port), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ns1:0")]
    [InlineData("ns1:99999")]
    [InlineData("bad host")]
    [InlineData("a:b:c")]
    public void Other_resolver_text_is_refused(string text) => Assert.False(HostAndPort.TryParse(text, 53, out _));
}
