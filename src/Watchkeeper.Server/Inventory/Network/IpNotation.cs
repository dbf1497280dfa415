using System.Globalization;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>Reads prefixes and addresses as people write them, with an error that says what to write instead.</summary>
public static class IpNotation
{
    /// <summary>A network in CIDR notation; host bits set is an error that names the network meant.</summary>
    public static (IpBlock Block, string? Error) ParsePrefix(string? text)
    {
        var (family, value, length, error) = Split(text, lengthRequired: true);
        if (error is not null)
        {
            return (default, error);
        }
        var block = IpBlock.Around(family, value, length);
        return block.Start == value
            ? (block, null)
            : (block, $"'{text!.Trim()}' has host bits set; the network is {block}.");
    }

    /// <summary>An address with the length of its network (<c>192.0.2.10/24</c>); without a length it is a host route.</summary>
    public static (IpFamily Family, UInt128 Value, int Length, string? Error) ParseAddress(string? text) =>
        Split(text, lengthRequired: false);

    private static (IpFamily, UInt128, int, string?) Split(string? text, bool lengthRequired)
    {
        var trimmed = text?.Trim() ?? "";
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 && lengthRequired)
        {
            return (default, default, 0, $"'{trimmed}' needs a prefix length, e.g. 192.0.2.0/24 or 2001:db8::/32.");
        }
        var addressText = slash < 0 ? trimmed : trimmed[..slash];
        if (!IpBlock.TryParseAddress(addressText, out var family, out var value))
        {
            return (default, default, 0, $"'{addressText}' is not an IPv4 or IPv6 address.");
        }
        var width = family == IpFamily.IPv4 ? 32 : 128;
        var length = width;
        if (slash >= 0 && (!int.TryParse(trimmed[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out length) || length > width))
        {
            return (default, default, 0, $"The prefix length of an {family} network is 0 to {width}.");
        }
        return (family, value, length, null);
    }
}
