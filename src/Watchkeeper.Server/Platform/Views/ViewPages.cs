namespace Watchkeeper.Server.Platform.Views;

/// <summary>The list pages that keep saved views, by the key the API and the pages use.</summary>
public static class ViewPages
{
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "devices", "device-types", "sites", "services", "prefixes", "ip-addresses", "vrfs", "vlans", "vendors", "contracts",
    };
}
