using System.Security.Cryptography.X509Certificates;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring;
using Watchkeeper.Server.Monitoring.Probes;
using Watchkeeper.Testing;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>TLS certificate checks against Kestrel presenting generated certificates, and a real SMTP server for STARTTLS.</summary>
public sealed class TlsProbeTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly TargetPolicy Loopback = TargetPolicy.From(new MonitoringOptions { AllowLoopback = true });
    private static readonly TrustedCertificates TestAuthority = new([TestCertificates.Authority]);
    private TlsTargets targets = null!;

    /// <summary>The certificates of the targets: issued by the test authority unless self-signed.</summary>
    public static Dictionary<string, X509Certificate2> Certificates() => new()
    {
        ["valid"] = TestCertificates.Server("localhost", TimeSpan.FromDays(-1), TimeSpan.FromDays(90)),
        ["soon"] = TestCertificates.Server("localhost", TimeSpan.FromDays(-80), TimeSpan.FromDays(10)),
        ["critical"] = TestCertificates.Server("localhost", TimeSpan.FromDays(-80), TimeSpan.FromDays(3)),
        ["expired"] = TestCertificates.Server("localhost", TimeSpan.FromDays(-90), TimeSpan.FromDays(-2)),
        ["wrong-name"] = TestCertificates.Server("other.example.test", TimeSpan.FromDays(-1), TimeSpan.FromDays(90)),
        ["self-signed"] = TestCertificates.Server("localhost", TimeSpan.FromDays(-1), TimeSpan.FromDays(90), selfSigned: true),
    };

    public async Task InitializeAsync() => targets = await TlsTargets.StartAsync(Certificates());

    public async Task DisposeAsync() => await targets.DisposeAsync();

    private Task<ProbeOutcome> CheckAsync(string target, TrustedCertificates? trusted = null, TlsCheckSettings? settings = null) =>
        new TlsProbe(Loopback, trusted ?? TestAuthority, TimeProvider.System).RunAsync(
            settings ?? new("localhost", targets.Port(target)), Timeout, CancellationToken.None);

    [Fact]
    public async Task A_trusted_certificate_far_from_expiry_is_up_with_its_facts_recorded()
    {
        var outcome = await CheckAsync("valid");

        Assert.Equal(CheckState.Up, outcome.Result);
        Assert.Matches(@"^Expires in (89|90) days \(\d{4}-\d{2}-\d{2}\); chain trusted; valid for localhost\.$", outcome.Message);
        Assert.Equal("CN=localhost, O=Watchkeeper Tests", outcome.Evidence["subject"]);
        Assert.Equal("CN=Watchkeeper Test CA, O=Watchkeeper Tests", outcome.Evidence["issuer"]);
        Assert.Equal(("trusted", "yes"), (outcome.Evidence["chain"], outcome.Evidence["nameMatch"]));
        Assert.Contains(outcome.Evidence["daysLeft"], new[] { "89", "90" });
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", outcome.Evidence["notAfter"]);
        Assert.True(outcome.Evidence.ContainsKey("handshakeMs") && outcome.Evidence.ContainsKey("protocol") && outcome.Evidence.ContainsKey("sha256"));
    }

    [Fact]
    public async Task Days_left_under_the_warning_degrade_and_under_the_critical_limit_or_expired_take_down()
    {
        var soon = await CheckAsync("soon");
        var critical = await CheckAsync("critical");
        var expired = await CheckAsync("expired");
        var ownLimits = await CheckAsync("soon", settings: new("localhost", targets.Port("soon"), WarningDays: 5, CriticalDays: 2));

        Assert.Equal(CheckState.Degraded, soon.Result);
        Assert.Matches(@"^Expires in (9|10) days \(.+\), under the 21-day warning; chain trusted; valid for localhost\.$", soon.Message);
        Assert.Equal(CheckState.Down, critical.Result);
        Assert.Contains("under the 7-day critical limit", critical.Message, StringComparison.Ordinal);
        Assert.Equal(CheckState.Down, expired.Result);
        Assert.Matches(@"^Expired (2|3) days ago \(.+\); chain trusted; valid for localhost\.$", expired.Message);
        Assert.StartsWith("-", expired.Evidence["daysLeft"], StringComparison.Ordinal);
        Assert.Equal(CheckState.Up, ownLimits.Result);
    }

    [Fact]
    public async Task A_wrong_name_or_an_untrusted_chain_is_down_and_each_is_reported()
    {
        var wrongName = await CheckAsync("wrong-name");
        var selfSigned = await CheckAsync("self-signed");
        var unknownAuthority = await CheckAsync("valid", trusted: new TrustedCertificates([]));

        Assert.Equal(CheckState.Down, wrongName.Result);
        Assert.EndsWith("; chain trusted; not valid for localhost.", wrongName.Message, StringComparison.Ordinal);
        Assert.Equal("no", wrongName.Evidence["nameMatch"]);
        Assert.Equal(CheckState.Down, selfSigned.Result);
        Assert.Contains("; chain not trusted (UntrustedRoot); valid for localhost.", selfSigned.Message, StringComparison.Ordinal);
        Assert.Equal(CheckState.Down, unknownAuthority.Result);
        Assert.StartsWith("not trusted", unknownAuthority.Evidence["chain"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_listening_and_refused_addresses_are_down()
    {
        var closed = await CheckAsync("valid", settings: new("localhost", LoopbackPorts.FreeTcp()));
        var refused = await new TlsProbe(TargetPolicy.From(new MonitoringOptions()), TestAuthority, TimeProvider.System)
            .RunAsync(new("127.0.0.1", targets.Port("valid")), Timeout, CancellationToken.None);

        Assert.Equal(CheckState.Down, closed.Result);
        Assert.StartsWith("Cannot connect to localhost:", closed.Message, StringComparison.Ordinal);
        Assert.Contains("which checks may not reach", refused.Message, StringComparison.Ordinal);
    }

    [NeedsPackageFact(SmtpServer.Module, SmtpServer.Package)]
    public async Task Starttls_reaches_a_mail_servers_certificate_and_a_server_without_it_is_down()
    {
        await using var withTls = await SmtpServer.StartAsync(TestCertificates.Server("localhost", TimeSpan.FromDays(-1), TimeSpan.FromDays(15)));
        await using var plain = await SmtpServer.StartAsync(null);

        var mail = await CheckAsync("valid", settings: new("localhost", withTls.Port, StartTls: true));
        var noStartTls = await CheckAsync("valid", settings: new("localhost", plain.Port, StartTls: true));
        var tlsFirst = await CheckAsync("valid", settings: new("localhost", withTls.Port), trusted: null);

        Assert.Equal(CheckState.Degraded, mail.Result);
        Assert.Matches(@"^Expires in (14|15) days .*; chain trusted; valid for localhost\.$", mail.Message);
        Assert.Equal((CheckState.Down, "The mail server does not offer STARTTLS."), (noStartTls.Result, noStartTls.Message));
        Assert.Equal(CheckState.Down, tlsFirst.Result);
    }
}
