using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A routing table: prefixes and addresses are unique inside one VRF, and may repeat across VRFs.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="RouteDistinguisher">Route distinguisher, e.g. <c>65000:100</c> or <c>192.0.2.1:100</c>.</param>
/// <param name="Description">What the VRF is for.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record VrfDto(long Id, string Name, string? RouteDistinguisher, string? Description, int Version);

/// <summary>Creates a VRF, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="RouteDistinguisher">Route distinguisher: <c>ASN:number</c> or <c>IPv4:number</c>.</param>
/// <param name="Description">What the VRF is for.</param>
public sealed record VrfRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: StringLength(32)] string? RouteDistinguisher = null,
    [property: StringLength(1000)] string? Description = null);

/// <summary>An IPv4 or IPv6 network. Its parent is computed: the longest prefix in the same VRF that contains it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Prefix">The network in canonical CIDR notation.</param>
/// <param name="Family">IPv4 or IPv6.</param>
/// <param name="Length">The prefix length.</param>
/// <param name="VrfId">The VRF; none for the global table.</param>
/// <param name="SiteId">The site it serves.</param>
/// <param name="Status">What it is used for.</param>
/// <param name="Description">What the network is.</param>
/// <param name="ParentId">The longest containing prefix in the same VRF.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record PrefixDto(
    long Id, string Prefix, IpFamily Family, int Length, long? VrfId, long? SiteId, PrefixStatus Status,
    string? Description, long? ParentId, int Version);

/// <summary>Creates a prefix, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="Prefix">CIDR notation with host bits clear, e.g. <c>10.1.0.0/16</c> or <c>2001:db8::/48</c>.</param>
/// <param name="VrfId">The VRF; none for the global table.</param>
/// <param name="SiteId">The site it serves.</param>
/// <param name="Status">What it is used for; default active.</param>
/// <param name="Description">What the network is.</param>
public sealed record PrefixRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string Prefix,
    long? VrfId = null,
    long? SiteId = null,
    PrefixStatus Status = PrefixStatus.Active,
    [property: StringLength(1000)] string? Description = null);

/// <summary>One prefix in the containment tree, in depth-first order.</summary>
/// <param name="Prefix">The prefix.</param>
/// <param name="Depth">0 for a top-level prefix.</param>
/// <param name="Utilization">The share (0–1) of its space that child prefixes, or else addresses, cover.</param>
/// <param name="Children">Its direct child prefixes, also when a depth limit leaves them out of the answer.</param>
public sealed record PrefixTreeNodeDto(PrefixDto Prefix, int Depth, double Utilization, int Children = 0);

/// <summary>How much of a prefix is in use.</summary>
/// <param name="PrefixId">The prefix.</param>
/// <param name="Size">Addresses in the prefix, as a decimal number (IPv6 sizes exceed 64 bits).</param>
/// <param name="Utilization">The share (0–1) covered.</param>
/// <param name="Basis"><c>prefixes</c> when child prefixes cover it, <c>addresses</c> when it has none.</param>
/// <param name="ChildPrefixes">Direct child prefixes.</param>
/// <param name="Addresses">Addresses inside it.</param>
public sealed record PrefixUtilizationDto(long PrefixId, string Size, double Utilization, string Basis, int ChildPrefixes, int Addresses);

/// <summary>A free prefix, free range or address found inside a prefix.</summary>
/// <param name="Value">The free prefix or range in CIDR notation, or the free address with the prefix's length.</param>
public sealed record FreeSpaceDto(string Value);

/// <summary>An IP address with the length of its network. Unique inside its VRF.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Address">Canonical form with length, e.g. <c>192.0.2.10/24</c>.</param>
/// <param name="Family">IPv4 or IPv6.</param>
/// <param name="VrfId">The VRF; none for the global table.</param>
/// <param name="Status">What it is used for.</param>
/// <param name="DnsName">Its DNS name.</param>
/// <param name="ItemId">The configuration item it is assigned to (a device, until interfaces exist).</param>
/// <param name="ItemName">The configuration item's name.</param>
/// <param name="Description">What the address is for.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record IpAddressDto(
    long Id, string Address, IpFamily Family, long? VrfId, IpAddressStatus Status, string? DnsName,
    long? ItemId, string? ItemName, string? Description, int Version);

/// <summary>Creates an address, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="Address">The address, optionally with its network's length (default /32 or /128).</param>
/// <param name="VrfId">The VRF; none for the global table.</param>
/// <param name="Status">What it is used for; default active.</param>
/// <param name="DnsName">A DNS name such as <c>db-01.example.com</c>.</param>
/// <param name="ItemId">The configuration item it is assigned to.</param>
/// <param name="Description">What the address is for.</param>
public sealed record IpAddressRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string Address,
    long? VrfId = null,
    IpAddressStatus Status = IpAddressStatus.Active,
    [property: StringLength(253)] string? DnsName = null,
    long? ItemId = null,
    [property: StringLength(1000)] string? Description = null);

/// <summary>A set of VLANs whose VIDs must not repeat.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="SiteId">The site it serves.</param>
/// <param name="Description">What the group is.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record VlanGroupDto(long Id, string Name, long? SiteId, string? Description, int Version);

/// <summary>Creates a VLAN group, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="SiteId">The site it serves.</param>
/// <param name="Description">What the group is.</param>
public sealed record VlanGroupRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    long? SiteId = null,
    [property: StringLength(1000)] string? Description = null);

/// <summary>A VLAN.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Vid">The VLAN id, 1–4094; unique within the group.</param>
/// <param name="Name">Name.</param>
/// <param name="GroupId">The VLAN group.</param>
/// <param name="SiteId">The site it serves.</param>
/// <param name="Status">Whether it is in use.</param>
/// <param name="Description">What the VLAN carries.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record VlanDto(long Id, int Vid, string Name, long? GroupId, long? SiteId, VlanStatus Status, string? Description, int Version);

/// <summary>Creates a VLAN, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="Vid">The VLAN id, 1–4094; unique within the group.</param>
/// <param name="Name">Name.</param>
/// <param name="GroupId">The VLAN group.</param>
/// <param name="SiteId">The site it serves.</param>
/// <param name="Status">Whether it is in use; default active.</param>
/// <param name="Description">What the VLAN carries.</param>
public sealed record VlanRequest(
    int Vid,
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    long? GroupId = null,
    long? SiteId = null,
    VlanStatus Status = VlanStatus.Active,
    [property: StringLength(1000)] string? Description = null);
