using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>What a TLS handshake showed of the server's certificate.</summary>
public sealed record PresentedCertificate(X509Certificate2 Certificate, string Host, string? ChainProblems)
{
    public bool NameMatches => Certificate.MatchesHostname(Host);
}

/// <summary>
/// A certificate's verdict: down when its chain is not trusted, its name does not match the host or fewer than the
/// critical days are left; degraded under the warning days. The message always reports all three.
/// </summary>
public static class CertificateVerdict
{
    public const int DefaultWarningDays = 21;
    public const int DefaultCriticalDays = 7;

    public static ProbeOutcome Judge(TlsCheckSettings settings, PresentedCertificate presented, DateTimeOffset now, double elapsedMs, Dictionary<string, string> evidence)
    {
        var certificate = presented.Certificate;
        var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var left = notAfter - now;
        var days = (int)Math.Floor(left.TotalDays);
        var (warning, critical) = (settings.WarningDays ?? DefaultWarningDays, settings.CriticalDays ?? DefaultCriticalDays);
        evidence["subject"] = certificate.Subject;
        evidence["issuer"] = certificate.Issuer;
        evidence["notAfter"] = notAfter.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        evidence["daysLeft"] = days.ToString(CultureInfo.InvariantCulture);
        evidence["chain"] = presented.ChainProblems is { } problems ? $"not trusted: {problems}" : "trusted";
        evidence["nameMatch"] = presented.NameMatches ? "yes" : "no";
        evidence["sha256"] = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var date = notAfter.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expiry = left < TimeSpan.Zero ? $"Expired {Days(-days)} ago ({date})"
            : left < TimeSpan.FromDays(critical) ? $"Expires in {Days(days)} ({date}), under the {critical}-day critical limit"
            : left < TimeSpan.FromDays(warning) ? $"Expires in {Days(days)} ({date}), under the {warning}-day warning"
            : $"Expires in {Days(days)} ({date})";
        var chain = presented.ChainProblems is { } why ? $"chain not trusted ({why})" : "chain trusted";
        var name = presented.NameMatches ? $"valid for {presented.Host}" : $"not valid for {presented.Host}";
        var message = ProbeOutcome.Shorten($"{expiry}; {chain}; {name}.");
        var state = presented.ChainProblems is not null || !presented.NameMatches || left < TimeSpan.FromDays(critical) ? CheckState.Down
            : left < TimeSpan.FromDays(warning) ? CheckState.Degraded
            : CheckState.Up;
        return new ProbeOutcome(state, message, elapsedMs, evidence);
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
