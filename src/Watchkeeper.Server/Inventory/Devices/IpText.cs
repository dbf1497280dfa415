using System.Net;
using System.Net.Sockets;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>IP addresses as people write them, checked strictly and stored in one canonical form so search finds them.</summary>
public static class IpText
{
    /// <summary>
    /// True for a full IPv4 dotted quad or an IPv6 address. <see cref="IPAddress.TryParse(string?, out IPAddress?)"/>
    /// alone also takes "10.1" (as 10.0.0.1), which is never what an operator meant.
    /// </summary>
    public static bool IsValid(string value) =>
        IPAddress.TryParse(value.Trim(), out var address)
        && (address.AddressFamily == AddressFamily.InterNetworkV6 || value.Trim().Count(c => c == '.') == 3);

    public static string? Canonical(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : IPAddress.Parse(value.Trim()).ToString();
}
