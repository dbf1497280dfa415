using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory;
using Watchkeeper.Testing;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>Ping, DNS and TLS certificate checks through the API, run by the scheduler against real peers on loopback.</summary>
public abstract class NetworkCheckTests(WatchkeeperFactory factory)
{
    [NeedsIcmpFact]
    public async Task A_ping_check_keeps_the_loss_and_round_trips_of_each_run()
    {
        var client = (await factory.AdminAsync()).Client;
        var created = await client.CheckAsync(new { name = InventoryApi.Unique("gateway"), kind = "Ping", ping = new { host = "127.0.0.1", packets = 4 } });

        var up = await client.WaitForAsync(created.Id, c => c.Status.State == CheckState.Up, "loopback answers pings");
        var result = (await client.GetJsonAsync<Page<CheckResultDto>>($"{CheckApi.Checks}/{created.Id}/results")).Items[0];

        Assert.Equal((4, null), (up.Ping!.Packets, up.Ping.DownLossPercent));
        Assert.StartsWith("4 of 4 replies; rtt min/avg/max ", up.Status.LastMessage, StringComparison.Ordinal);
        Assert.Equal(("4", "4", "0"), (result.Evidence["sent"], result.Evidence["received"], result.Evidence["lossPercent"]));
        Assert.True(result.Evidence.ContainsKey("rttMinMs") && result.Evidence.ContainsKey("rttMaxMs"));
        Assert.NotNull(result.LatencyMs);
    }

    [NeedsPackageFact(Dnsmasq.Executable, Dnsmasq.Package)]
    public async Task A_dns_check_asks_its_own_resolver_and_an_unexpected_answer_is_down()
    {
        await using var dns = await Dnsmasq.StartAsync(DnsProbeTests.Zone);
        var client = (await factory.AdminAsync()).Client;
        var right = await client.CheckAsync(new { name = InventoryApi.Unique("mx"), kind = "Dns", dns = new { name = "example.test", recordType = "MX", resolver = dns.Resolver, expected = "mail.example.test" } });
        var wrong = await client.CheckAsync(new { name = InventoryApi.Unique("web"), kind = "Dns", failuresBeforeDown = 1, dns = new { name = "web.example.test", resolver = dns.Resolver, expected = "10.9.9.9" } });

        var up = await client.WaitForAsync(right.Id, c => c.Status.State == CheckState.Up, "the MX record is there");
        var down = await client.WaitForAsync(wrong.Id, c => c.Status.State == CheckState.Down, "the A record differs");
        var result = (await client.GetJsonAsync<Page<CheckResultDto>>($"{CheckApi.Checks}/{right.Id}/results")).Items[0];

        Assert.Equal((DnsRecordType.MX, dns.Resolver), (up.Dns!.RecordType, up.Dns.Resolver));
        Assert.Equal("10 mail.example.test", result.Evidence["answers"]);
        Assert.Equal("A web.example.test: \"10.9.9.9\" is not among the answers (10.0.0.80).", down.Status.LastMessage);
    }

    [Fact]
    public async Task A_certificate_check_reports_days_left_chain_and_name_and_can_be_tested_first()
    {
        await using var targets = await TlsTargets.StartAsync(TlsProbeTests.Certificates());
        var client = (await factory.AdminAsync()).Client;
        var soon = new { name = InventoryApi.Unique("portal"), kind = "Tls", tls = new { host = "localhost", port = targets.Port("soon") } };

        var tested = await client.PostJsonAsync<CheckTestDto>($"{CheckApi.Checks}/test", soon, HttpStatusCode.OK);
        var created = await client.CheckAsync(soon);
        var selfSigned = await client.CheckAsync(new { name = InventoryApi.Unique("legacy"), kind = "Tls", failuresBeforeDown = 1, tls = new { host = "localhost", port = targets.Port("self-signed") } });
        var degraded = await client.WaitForAsync(created.Id, c => c.Status.State == CheckState.Degraded, "ten days left is under the warning");
        var down = await client.WaitForAsync(selfSigned.Id, c => c.Status.State == CheckState.Down, "a self-signed chain is not trusted");
        var result = (await client.GetJsonAsync<Page<CheckResultDto>>($"{CheckApi.Checks}/{created.Id}/results")).Items[0];

        Assert.Equal(CheckState.Degraded, tested.Result);
        Assert.Equal((21, 7), (degraded.Tls!.WarningDays ?? 21, degraded.Tls.CriticalDays ?? 7));
        Assert.Contains("under the 21-day warning; chain trusted; valid for localhost", degraded.Status.LastMessage, StringComparison.Ordinal);
        Assert.Equal(("CN=localhost, O=Watchkeeper Tests", "trusted", "yes"), (result.Evidence["subject"], result.Evidence["chain"], result.Evidence["nameMatch"]));
        Assert.Contains(result.Evidence["daysLeft"], new[] { "9", "10" });
        Assert.Contains("chain not trusted (UntrustedRoot)", down.Status.LastMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_broken_rule_of_the_new_kinds_is_reported_on_its_field()
    {
        var client = (await factory.AdminAsync()).Client;

        var ping = await Errors(client, new { name = "p", kind = "Ping", ping = new { host = "bad host!", degradedLossPercent = 50, downLossPercent = 50 } });
        var packets = await Errors(client, new { name = "q", kind = "Ping", ping = new { host = "10.0.0.1", packets = 21 } });
        var dns = await Errors(client, new { name = "d", kind = "Dns", dns = new { name = "not a name", recordType = "A", resolver = "ns1:99999" } });
        var ptr = await Errors(client, new { name = "r", kind = "Dns", dns = new { name = "10.0.0.1", recordType = "PTR" } });
        var badType = await client.SendJsonAsync(HttpMethod.Post, CheckApi.Checks, new { name = "t", kind = "Dns", dns = new { name = "example.com", recordType = "ANY" } });
        var tls = await Errors(client, new { name = "c", kind = "Tls", tls = new { host = "bad host!", warningDays = 5, criticalDays = 10 } });
        var port = await Errors(client, new { name = "o", kind = "Tls", tls = new { host = "mail.example.com", port = 0 } });
        var crossed = await Errors(client, new { name = "x", kind = "Ping", tls = new { host = "a" } });

        Assert.Equal(["ping.degradedLossPercent", "ping.host"], ping.Keys.Order());
        Assert.Equal(["ping.packets"], packets.Keys);
        Assert.Equal(["dns.name", "dns.resolver"], dns.Keys.Order());
        Assert.Empty(ptr);
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal(["tls.criticalDays", "tls.host"], tls.Keys.Order());
        Assert.Equal(["tls.port"], port.Keys);
        Assert.Equal(["ping", "tls"], crossed.Keys.Order());
    }

    /// <summary>The field errors of a request, or none when it was accepted (the check it made is removed again).</summary>
    private static async Task<Dictionary<string, string[]>> Errors(HttpClient client, object request)
    {
        var response = await client.SendJsonAsync(HttpMethod.Post, CheckApi.Checks, request);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            var created = await HttpJson.ReadAsync<CheckDto>(response, HttpStatusCode.Created);
            (await client.DeleteAsync($"{CheckApi.Checks}/{created.Id}")).EnsureSuccessStatusCode();
            return [];
        }
        return (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!;
    }
}

public sealed class NetworkCheckTestsOnSqlite(SqliteFactory f) : NetworkCheckTests(f), IClassFixture<SqliteFactory>;

public sealed class NetworkCheckTestsOnPostgres(PostgresFactory f) : NetworkCheckTests(f), IClassFixture<PostgresFactory>;
