using System.Globalization;
using DnsClient.Protocol;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// One DNS answer as text, the way dig prints its data, and the host it names (for MX, SRV, NS, CNAME, PTR), so an
/// expected answer can be written whole ("10 mail.example.com") or as the host alone ("mail.example.com").
/// </summary>
public sealed record DnsAnswer(string Text, string? Host)
{
    public static DnsAnswer Of(DnsResourceRecord record) => record switch
    {
        ARecord a => new(a.Address.ToString(), null),
        AaaaRecord aaaa => new(aaaa.Address.ToString(), null),
        CNameRecord cname => Named(cname.CanonicalName.Value),
        MxRecord mx => new(Invariant($"{mx.Preference} {Plain(mx.Exchange.Value)}"), Plain(mx.Exchange.Value)),
        TxtRecord txt => new(string.Concat(txt.Text), null),
        NsRecord ns => Named(ns.NSDName.Value),
        SoaRecord soa => new(Invariant($"{Plain(soa.MName.Value)} {Plain(soa.RName.Value)} {soa.Serial} {soa.Refresh} {soa.Retry} {soa.Expire} {soa.Minimum}"), null),
        SrvRecord srv => new(Invariant($"{srv.Priority} {srv.Weight} {srv.Port} {Plain(srv.Target.Value)}"), Plain(srv.Target.Value)),
        PtrRecord ptr => Named(ptr.PtrDomainName.Value),
        CaaRecord caa => new(Invariant($"{caa.Flags} {caa.Tag} \"{caa.Value}\""), null),
        _ => new(record.ToString(), null),
    };

    /// <summary>Whether this answer is the one expected: case and a trailing dot aside, the whole answer or its host.</summary>
    public bool Matches(string expected)
    {
        var wanted = Plain(expected.Trim());
        return string.Equals(Plain(Text), wanted, StringComparison.OrdinalIgnoreCase)
            || (Host is not null && string.Equals(Host, wanted, StringComparison.OrdinalIgnoreCase))
            // CAA values are printed quoted; an expectation may leave the quotes out.
            || string.Equals(Text.Replace("\"", "", StringComparison.Ordinal), wanted, StringComparison.OrdinalIgnoreCase);
    }

    private static DnsAnswer Named(string host) => new(Plain(host), Plain(host));

    private static string Plain(string name) => name.EndsWith('.') && name.Length > 1 ? name[..^1] : name;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
