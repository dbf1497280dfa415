using System.Security.Cryptography.X509Certificates;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// Whether a server's certificate chains to a trusted root: the system's, or failing that the extra roots of
/// <see cref="TrustedCertificates"/>. The leaf's own dates are left out (the expiry is judged and reported on its own);
/// an expired intermediate still breaks the chain. Revocation is not checked: it needs the CA's servers.
/// </summary>
public static class CertificateChain
{
    /// <returns>Null when the chain is trusted, otherwise what is wrong with it (UntrustedRoot, PartialChain …).</returns>
    public static string? Problems(X509Certificate certificate, X509Chain? presented, X509Certificate2Collection extraRoots)
    {
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        var intermediates = presented?.ChainPolicy.ExtraStore ?? [];
        var problems = Build(leaf, intermediates, null);
        return problems is not null && extraRoots.Count > 0 ? Build(leaf, intermediates, extraRoots) : problems;
    }

    private static string? Build(X509Certificate2 leaf, X509Certificate2Collection intermediates, X509Certificate2Collection? roots)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        if (roots is not null)
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        }
        chain.Build(leaf);
        var statuses = chain.ChainElements.SelectMany((element, index) => element.ChainElementStatus
                .Where(s => s.Status != X509ChainStatusFlags.NoError && !(index == 0 && s.Status == X509ChainStatusFlags.NotTimeValid)))
            .Select(s => s.Status.ToString())
            .Concat(chain.ChainElements.Count == 0 ? chain.ChainStatus.Select(s => s.Status.ToString()) : [])
            .Distinct().ToList();
        return statuses.Count == 0 ? null : string.Join(", ", statuses);
    }
}
