using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Probes;

namespace Watchkeeper.Server.Components.Pages.Monitoring;

/// <summary>The check dialog's fields, flat for the form, turned into the API's request; credentials typed blank keep the stored ones.</summary>
public sealed class CheckForm
{
    public string Name { get; set; } = "";
    public CheckKind Kind { get; set; } = CheckKind.Http;
    public long? ItemId { get; set; }
    public int? IntervalSeconds { get; set; } = 60;
    public int? TimeoutSeconds { get; set; }
    /// <summary>Blank lets the server choose by kind (2, or 1 for a heartbeat).</summary>
    public int? FailuresBeforeDown { get; set; }
    public int? SuccessesBeforeUp { get; set; } = 1;
    public bool Paused { get; set; }

    public string Url { get; set; } = "https://";
    public string Method { get; set; } = "GET";
    public string? Headers { get; set; }
    public string? Body { get; set; }
    public string? ExpectedStatus { get; set; }
    public string? BodyContains { get; set; }
    public string? BodyNotContains { get; set; }
    public string? BodyRegex { get; set; }
    public string? JsonPath { get; set; }
    public string? JsonEquals { get; set; }
    public bool FollowRedirects { get; set; } = true;
    public bool VerifyTls { get; set; } = true;
    public string? BasicUser { get; set; }
    public string? BasicPassword { get; set; }
    public string? BearerToken { get; set; }

    /// <summary>Remove the stored password and token on save (blank fields otherwise keep them).</summary>
    public bool ForgetCredentials { get; set; }

    /// <summary>The host of a TCP, ping or TLS check, kept when the kind changes.</summary>
    public string Host { get; set; } = "";
    public int? Port { get; set; }
    public string? Send { get; set; }
    public string? Expect { get; set; }

    public int? Packets { get; set; } = PingProbe.DefaultPackets;
    public int? DegradedLossPercent { get; set; }
    public int? DownLossPercent { get; set; }

    public string DnsName { get; set; } = "";
    public DnsRecordType RecordType { get; set; } = DnsRecordType.A;
    public string? Resolver { get; set; }
    public string? Expected { get; set; }

    public bool StartTls { get; set; }
    public int? WarningDays { get; set; } = CertificateVerdict.DefaultWarningDays;
    public int? CriticalDays { get; set; } = CertificateVerdict.DefaultCriticalDays;

    public bool HeartbeatByCron { get; set; }
    public int? PeriodSeconds { get; set; }
    public int? GraceSeconds { get; set; }
    public string? Cron { get; set; }
    public string? TimeZone { get; set; }

    public int? DegradedAboveMs { get; set; }

    public static CheckForm From(CheckDto check)
    {
        var form = new CheckForm
        {
            Name = check.Name, Kind = check.Kind, ItemId = check.Item?.Id, IntervalSeconds = check.IntervalSeconds, TimeoutSeconds = check.TimeoutSeconds,
            FailuresBeforeDown = check.FailuresBeforeDown, SuccessesBeforeUp = check.SuccessesBeforeUp, Paused = check.Paused,
        };
        if (check.Http is { } http)
        {
            (form.Url, form.Method, form.Body, form.ExpectedStatus, form.BodyContains, form.BodyNotContains) = (http.Url, http.Method ?? "GET", http.Body, http.ExpectedStatus, http.BodyContains, http.BodyNotContains);
            (form.BodyRegex, form.JsonPath, form.JsonEquals, form.FollowRedirects, form.VerifyTls) = (http.BodyRegex, http.JsonPath, http.JsonEquals, http.FollowRedirects, http.VerifyTls);
            (form.BasicUser, form.DegradedAboveMs) = (http.BasicUser, http.DegradedAboveMs);
            form.Headers = http.Headers is { Count: > 0 } headers ? string.Join('\n', headers.Select(h => $"{h.Key}: {h.Value}")) : null;
        }
        if (check.Tcp is { } tcp)
        {
            (form.Host, form.Port, form.Send, form.Expect, form.DegradedAboveMs) = (tcp.Host, tcp.Port, tcp.Send, tcp.Expect, tcp.DegradedAboveMs);
        }
        if (check.Ping is { } ping)
        {
            (form.Host, form.Packets, form.DegradedLossPercent, form.DegradedAboveMs, form.DownLossPercent) = (ping.Host, ping.Packets, ping.DegradedLossPercent, ping.DegradedAboveMs, ping.DownLossPercent);
        }
        if (check.Dns is { } dns)
        {
            (form.DnsName, form.RecordType, form.Resolver, form.Expected, form.DegradedAboveMs) = (dns.Name, dns.RecordType, dns.Resolver, dns.Expected, dns.DegradedAboveMs);
        }
        if (check.Tls is { } tls)
        {
            (form.Host, form.Port, form.StartTls, form.WarningDays, form.CriticalDays) = (tls.Host, tls.Port, tls.StartTls, tls.WarningDays, tls.CriticalDays);
        }
        if (check.Heartbeat is { } heartbeat)
        {
            (form.HeartbeatByCron, form.PeriodSeconds, form.GraceSeconds, form.Cron, form.TimeZone) = (heartbeat.Cron is not null, heartbeat.PeriodSeconds, heartbeat.GraceSeconds, heartbeat.Cron, heartbeat.TimeZone);
        }
        return form;
    }

    // A heartbeat is not run, so it has no interval or timeout of its own.
    public CheckRequest ToRequest() => new(Name, Kind, ItemId, Kind == CheckKind.Heartbeat ? null : IntervalSeconds, Kind == CheckKind.Heartbeat ? null : TimeoutSeconds,
        FailuresBeforeDown, SuccessesBeforeUp, Paused,
        Kind == CheckKind.Http
            ? new HttpCheckSettings(Url.Trim(), Method, ParseHeaders(), Blank(Body), null, Blank(BasicUser), Secret(BasicPassword), Secret(BearerToken), Blank(ExpectedStatus),
                Blank(BodyContains), Blank(BodyNotContains), Blank(BodyRegex), Blank(JsonPath), JsonPath is { Length: > 0 } ? JsonEquals : null, DegradedAboveMs, FollowRedirects, VerifyTls)
            : null,
        Kind == CheckKind.Tcp ? new TcpCheckSettings(Host.Trim(), Port ?? 0, Blank(Send), Blank(Expect), DegradedAboveMs) : null,
        Kind == CheckKind.Ping ? new PingCheckSettings(Host.Trim(), Packets, DegradedLossPercent, DegradedAboveMs, DownLossPercent) : null,
        Kind == CheckKind.Dns ? new DnsCheckSettings(DnsName.Trim(), RecordType, Blank(Resolver)?.Trim(), Blank(Expected)?.Trim(), DegradedAboveMs) : null,
        Kind == CheckKind.Tls ? new TlsCheckSettings(Host.Trim(), Port, StartTls, WarningDays, CriticalDays) : null,
        Kind == CheckKind.Heartbeat
            ? HeartbeatByCron ? new HeartbeatCheckSettings(null, GraceSeconds, Blank(Cron)?.Trim(), Blank(TimeZone)?.Trim()) : new HeartbeatCheckSettings(PeriodSeconds, GraceSeconds)
            : null);

    // One "Name: value" per line, as people paste them from a browser's developer tools.
    private Dictionary<string, string>? ParseHeaders()
    {
        var lines = (Headers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? null : lines.Select(l => l.Split(':', 2)).GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last() is { Length: > 1 } last ? last[1].Trim() : "", StringComparer.OrdinalIgnoreCase);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private string? Secret(string? typed) => ForgetCredentials ? "" : Blank(typed);
}
