using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>
/// What was typed, read once for every source: <c>tag:web</c> asks for a tag only; an IPv4 or IPv6 address (with or
/// without a prefix length) is parsed with the IPAM parser so <c>10.0.0.5</c> finds <c>10.0.0.5/24</c>.
/// </summary>
public sealed record SearchTerm(string Text, string? TagOnly, IpBlock? Address)
{
    public const int MaxLength = 200;
    private const string TagPrefix = "tag:";

    public string Upper { get; } = Text.ToUpperInvariant();

    /// <summary>Whether the text could be (part of) an IP address, so address sources skip scans that cannot match.</summary>
    public bool CouldBeAddress => TagOnly is null && Text.All(c => char.IsAsciiHexDigit(c) || c is '.' or ':' or '/');

    public static SearchTerm Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith(TagPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var tag = trimmed[TagPrefix.Length..].Trim().ToLowerInvariant();
            return new SearchTerm(tag, tag, null);
        }
        var (family, value, length, error) = IpNotation.ParseAddress(trimmed);
        return new SearchTerm(trimmed, null, error is null ? new IpBlock(family, value, length) : null);
    }
}
