using System.Security.Cryptography.X509Certificates;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// Certificate authorities that TLS checks trust besides the system's: an organization's internal CA, whose
/// certificates would otherwise all be reported as untrusted. Read once from <c>Monitoring:TrustedCertificatesFile</c> (PEM).
/// </summary>
public sealed class TrustedCertificates(X509Certificate2Collection roots)
{
    public X509Certificate2Collection Roots { get; } = roots;

    public static TrustedCertificates From(MonitoringOptions options)
    {
        var roots = new X509Certificate2Collection();
        if (options.TrustedCertificatesFile is { Length: > 0 } file)
        {
            roots.ImportFromPemFile(file);
        }
        return new(roots);
    }
}
