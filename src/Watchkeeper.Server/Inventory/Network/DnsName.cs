using System.Text.RegularExpressions;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>DNS names as stored: lower case, without the root dot, each label 1–63 letters, digits or inner hyphens.</summary>
public static partial class DnsName
{
    public static string? Normalize(string? value) => InventoryText.Optional(value)?.TrimEnd('.').ToLowerInvariant();

    public static bool IsValid(string name) => name.Length <= 253 && name.Split('.').All(Label().IsMatch);

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex Label();
}
