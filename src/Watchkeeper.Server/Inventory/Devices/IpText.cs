using System.Net;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>IP addresses as people write them, checked strictly and stored in one canonical form so search finds them.</summary>
public static class IpText
{
    /// <summary>True for an address IPAM would take too: a full IPv4 dotted quad or an IPv6 address.</summary>
    public static bool IsValid(string value) => IpBlock.TryParseAddress(value.Trim(), out _, out _);

    public static string? Canonical(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : IPAddress.Parse(value.Trim()).ToString();
}
