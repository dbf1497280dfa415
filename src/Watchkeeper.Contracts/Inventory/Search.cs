namespace Watchkeeper.Contracts;

/// <summary>How well a search hit matches what was typed; hits are ordered by it.</summary>
public enum SearchMatch
{
    /// <summary>The value is what was typed (for addresses: the same address, whatever its network length).</summary>
    Exact,
    /// <summary>The value starts with what was typed.</summary>
    Prefix,
    /// <summary>The value contains what was typed.</summary>
    Contains,
}

/// <summary>A configuration item found by the global search.</summary>
/// <param name="Item">The item.</param>
/// <param name="Field">What matched: name, hostname, fqdn, serial, assetTag, primaryIp, ipAddress, dnsName or tag.</param>
/// <param name="Value">The matching value as stored.</param>
/// <param name="Match">Exact, prefix or contains.</param>
/// <param name="Link">The item's page in the web UI, relative to the server.</param>
public sealed record SearchHitDto(ItemRef Item, string Field, string Value, SearchMatch Match, string Link);
