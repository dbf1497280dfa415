using System.Globalization;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>MAC addresses in one stored form, aa:bb:cc:dd:ee:ff, so search and comparison need not know the vendor's spelling.</summary>
public static class MacAddress
{
    /// <summary>Accepts colons, hyphens, Cisco dots or bare hex; null for blank input, an error message for anything else.</summary>
    public static (string? Value, string? Error) Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }
        var hex = text.Trim().Replace(":", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (hex.Length != 12 || !hex.All(char.IsAsciiHexDigit))
        {
            return (null, $"'{text.Trim()}' is not a MAC address; write six hex pairs such as aa:bb:cc:dd:ee:ff.");
        }
        var pairs = Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2).ToLower(CultureInfo.InvariantCulture));
        return (string.Join(':', pairs), null);
    }
}
