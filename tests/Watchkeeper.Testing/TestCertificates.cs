using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Watchkeeper.Testing;

/// <summary>
/// Certificates for TLS targets: a test certificate authority (its PEM file is what a server is told to trust) and
/// server certificates it issues, or self-signed ones, with chosen names and validity.
/// </summary>
public static class TestCertificates
{
    private static readonly Lazy<X509Certificate2> LazyAuthority = new(CreateAuthority);
    private static readonly Lazy<string> LazyAuthorityFile = new(WriteAuthorityFile);

    public static X509Certificate2 Authority => LazyAuthority.Value;

    /// <summary>The authority's certificate as a PEM file, for <c>Monitoring:TrustedCertificatesFile</c>.</summary>
    public static string AuthorityFile => LazyAuthorityFile.Value;

    /// <summary>A server certificate for <paramref name="name"/> (and 127.0.0.1 when it is localhost), valid between the two times from now.</summary>
    public static X509Certificate2 Server(string name, TimeSpan notBefore, TimeSpan notAfter, bool selfSigned = false)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}, O=Watchkeeper Tests", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(name);
        if (name == "localhost")
        {
            names.AddIpAddress(IPAddress.Loopback);
        }
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        if (selfSigned)
        {
            using var self = request.CreateSelfSigned(now + notBefore, now + notAfter);
            return Reloaded(self);
        }
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Authority, true, false));
        using var issued = request.Create(Authority, now + notBefore, now + notAfter, RandomNumberGenerator.GetBytes(12));
        using var withKey = issued.CopyWithPrivateKey(key);
        return Reloaded(withKey);
    }

    /// <summary>The certificate and its private key as PEM files in <paramref name="directory"/>, for servers that read files.</summary>
    public static (string Certificate, string Key) WritePem(X509Certificate2 certificate, string directory)
    {
        var (certificateFile, keyFile) = (Path.Combine(directory, "server.crt"), Path.Combine(directory, "server.key"));
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return (certificateFile, keyFile);
    }

    private static X509Certificate2 CreateAuthority()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Watchkeeper Test CA, O=Watchkeeper Tests", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var authority = request.CreateSelfSigned(now.AddYears(-1), now.AddYears(10));
        return Reloaded(authority);
    }

    private static string WriteAuthorityFile()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("watchkeeper-ca-").FullName, "ca.pem");
        File.WriteAllText(file, Authority.ExportCertificatePem());
        return file;
    }

    // Through PKCS#12 and back, so the private key is one that TLS servers on every platform can use.
    private static X509Certificate2 Reloaded(X509Certificate2 certificate) => X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
}
