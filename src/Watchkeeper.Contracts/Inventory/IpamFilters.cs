namespace Watchkeeper.Contracts;

/// <summary>Filters of the prefix list and export, on top of paging and <c>q</c> (prefix text, description).</summary>
/// <param name="VrfId">Only this VRF; 0 is the global table.</param>
/// <param name="Family">Only this family.</param>
/// <param name="Within">Only prefixes strictly inside this CIDR block.</param>
/// <param name="SiteId">Only prefixes of this site.</param>
/// <param name="Status">Only this status.</param>
public sealed record PrefixFilter(long? VrfId = null, IpFamily? Family = null, string? Within = null, long? SiteId = null, PrefixStatus? Status = null);

/// <summary>Filters of the address list and export, on top of paging and <c>q</c> (an address exactly or its beginning, DNS name).</summary>
/// <param name="VrfId">Only this VRF; 0 is the global table.</param>
/// <param name="Family">Only this family.</param>
/// <param name="ItemId">Only addresses assigned to this configuration item.</param>
/// <param name="Within">Only addresses inside this CIDR block.</param>
/// <param name="Status">Only this status.</param>
public sealed record IpAddressFilter(long? VrfId = null, IpFamily? Family = null, long? ItemId = null, string? Within = null, IpAddressStatus? Status = null);

/// <summary>Filters of the VLAN list, on top of paging and <c>q</c> (name).</summary>
/// <param name="GroupId">Only VLANs of this group.</param>
/// <param name="SiteId">Only VLANs of this site.</param>
/// <param name="Vid">Only this VLAN id.</param>
public sealed record VlanFilter(long? GroupId = null, long? SiteId = null, int? Vid = null);

/// <summary>What the prefix tree returns.</summary>
/// <param name="VrfId">The VRF; 0 or none is the global table.</param>
/// <param name="Within">Only prefixes strictly inside this CIDR block.</param>
/// <param name="Depth">Only this many levels below the top (or below <paramref name="Within"/>); none for all.</param>
public sealed record PrefixTreeQuery(long? VrfId = null, string? Within = null, int? Depth = null);
