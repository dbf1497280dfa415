using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Watchkeeper.Contracts;

/// <summary>The DNS record types a DNS check can ask for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DnsRecordType>))]
public enum DnsRecordType
{
    /// <summary>IPv4 address.</summary>
    A,
    /// <summary>IPv6 address.</summary>
    AAAA,
    /// <summary>Canonical name (alias).</summary>
    CNAME,
    /// <summary>Mail exchanger, answered as "preference host".</summary>
    MX,
    /// <summary>Text.</summary>
    TXT,
    /// <summary>Name server.</summary>
    NS,
    /// <summary>Start of authority, answered as "primary responsible serial refresh retry expire minimum".</summary>
    SOA,
    /// <summary>Service location, answered as "priority weight port target".</summary>
    SRV,
    /// <summary>Pointer (reverse lookup); an IP address as the name is turned into its reverse name.</summary>
#pragma warning disable CA1720 // The record type's standard name, not a pointer type.
    PTR,
#pragma warning restore CA1720
    /// <summary>Certification authority authorization, answered as "flags tag value".</summary>
    CAA,
}

/// <summary>A DNS check: one query to a resolver, judged by its answer.</summary>
/// <param name="Name">The name asked for (for PTR, an IP address or its reverse name).</param>
/// <param name="RecordType">The record type asked for (default A).</param>
/// <param name="Resolver">The server asked, as host, host:port or [IPv6]:port (default port 53); the server's own resolvers when empty.</param>
/// <param name="Expected">An answer that must be among those returned, compared without case and without a trailing dot: the whole answer, or for MX, SRV, NS, CNAME and PTR the host alone.</param>
/// <param name="DegradedAboveMs">A query slower than this many milliseconds is degraded.</param>
public sealed record DnsCheckSettings(
    [property: Required, StringLength(253, MinimumLength = 1)] string Name,
    DnsRecordType RecordType = DnsRecordType.A,
    [property: StringLength(300)] string? Resolver = null,
    [property: StringLength(1000)] string? Expected = null,
    [property: Range(1, 120_000)] int? DegradedAboveMs = null);
