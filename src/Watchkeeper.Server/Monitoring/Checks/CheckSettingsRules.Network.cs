using System.Net;
using System.Text.RegularExpressions;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Monitoring.Probes;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>The rules of the ping, DNS, TLS certificate and heartbeat settings.</summary>
public static partial class CheckSettingsRules
{
    private static void Ping(PingCheckSettings ping, FieldErrors errors)
    {
        Host("ping.host", ping.Host, errors);
        if (ping.DegradedLossPercent is { } degraded && degraded >= (ping.DownLossPercent ?? PingVerdict.DefaultDownLossPercent))
        {
            errors.Add("ping.degradedLossPercent", "The loss that degrades must be below the loss that is down.");
        }
    }

    private static void Dns(DnsCheckSettings dns, FieldErrors errors)
    {
        var name = dns.Name.Trim();
        var reverse = dns.RecordType == DnsRecordType.PTR && IPAddress.TryParse(name, out _);
        if (!reverse && !DnsName().IsMatch(name))
        {
            errors.Add("dns.name", dns.RecordType == DnsRecordType.PTR
                ? $"'{dns.Name}' is not a DNS name or an IP address."
                : $"'{dns.Name}' is not a DNS name, such as www.example.com or _sip._tcp.example.com.");
        }
        if (dns.Resolver is { Length: > 0 } resolver && !HostAndPort.TryParse(resolver, DnsProbe.DefaultPort, out _))
        {
            errors.Add("dns.resolver", $"'{resolver}' is not a server: use a host or address, optionally with :port (10.0.0.53:5353, [fd00::53]:53).");
        }
    }

    private static void Tls(TlsCheckSettings tls, FieldErrors errors)
    {
        Host("tls.host", tls.Host, errors);
        if ((tls.CriticalDays ?? CertificateVerdict.DefaultCriticalDays) >= (tls.WarningDays ?? CertificateVerdict.DefaultWarningDays))
        {
            errors.Add("tls.criticalDays", "The critical days must be fewer than the warning days.");
        }
    }

    private static void Heartbeat(HeartbeatCheckSettings heartbeat, FieldErrors errors)
    {
        if (heartbeat.Cron?.Trim() is not { Length: > 0 } cron)
        {
            if (heartbeat.TimeZone is { Length: > 0 })
            {
                errors.Add("heartbeat.timeZone", "A time zone goes with a cron expression; a period needs none.");
            }
            return;
        }
        if (heartbeat.PeriodSeconds is not null)
        {
            errors.Add("heartbeat.periodSeconds", "Give a period or a cron expression, not both.");
        }
        if (Platform.Scheduling.CronSchedule.Problem(cron) is { } problem)
        {
            errors.Add("heartbeat.cron", problem);
        }
        if (heartbeat.TimeZone?.Trim() is { Length: > 0 } zone && !Inventory.Facilities.SiteQueries.IsTimeZone(zone))
        {
            errors.Add("heartbeat.timeZone", Inventory.Facilities.SiteQueries.NotATimeZone(zone));
        }
    }

    // Labels of letters, digits, hyphens and underscores (service names: _sip._tcp), up to 63 each and 253 in all.
    [GeneratedRegex(@"^(?=.{1,253}\.?$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?$")]
    private static partial Regex DnsName();
}
