using System.Globalization;

namespace Watchkeeper.Bench.Inventory;

/// <summary>The requests the inventory benchmark sends, each a path from the previous answer's cursor and a running number.</summary>
public static class InventoryRequests
{
    private const string Devices = "/api/v1/inventory/devices?limit=50";

    /// <summary>Device lists as the list page asks for them, filtered the ways people filter.</summary>
    public static IEnumerable<(string Name, Func<string?, long, string> PathFor)> Lists(Estate estate) =>
    [
        ("devices, first page by name", (_, _) => Devices),
        ("devices, kind=Server and one site", (_, n) => $"{Devices}&kind=Server&siteId={estate.Sites[(int)(n % estate.Sites.Count)]}"),
        ("devices, status=Active and tag=web", (_, _) => $"{Devices}&status=Active&tag=web"),
        ("devices, name contains (q=vm-NNNN)", (_, n) => $"{Devices}&q=vm-{n % 4000:0000}"),
        ("devices, kind=VirtualMachine, walking pages", (next, _) => $"{Devices}&kind=VirtualMachine" + (next is null ? "" : $"&cursor={Uri.EscapeDataString(next)}")),
    ];

    /// <summary>Graph questions and search, one client, as a person on the device page or in the search box sends them.</summary>
    public static IEnumerable<(string Name, Func<string?, long, string> PathFor)> OneAtATime(Estate estate)
    {
        string Core(long n) => estate.CoreSwitches[(int)(n % estate.CoreSwitches.Count)].ToString(CultureInfo.InvariantCulture);
        return
        [
            ("impact of a core switch (~10k items)", (_, n) => $"/api/v1/inventory/items/{Core(n)}/impact"),
            ("impact of a core switch, every item listed", (_, n) => $"/api/v1/inventory/items/{Core(n)}/impact?limit=100000"),
            ("downstream walk of a core switch, depth 3", (_, n) => $"/api/v1/inventory/items/{Core(n)}/downstream?depth=3"),
            ("dependency map of a core switch, depth 2", (_, n) => $"/api/v1/inventory/items/{Core(n)}/map?depth=2"),
            ("search, exact serial", (_, n) => $"/api/v1/inventory/search?q=SN-r{n % estate.Sites.Count:00}-srv-{n % 1500:0000}"),
            ("search, part of a name (vm-NNNN)", (_, n) => $"/api/v1/inventory/search?q=vm-{n % 4000:0000}"),
        ];
    }
}
