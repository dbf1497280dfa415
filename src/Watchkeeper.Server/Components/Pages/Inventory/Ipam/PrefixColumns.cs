using Watchkeeper.Server.Components.Shared.Views;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>
/// The columns the prefix tree and list offer; their keys are what saved views and column choices store. The prefix
/// itself is always shown: it carries the tree's indentation and the link to the prefix.
/// </summary>
public static class PrefixColumns
{
    public static IReadOnlyList<ListColumn> All { get; } =
    [
        new("vrf", "VRF", false), new("site", "Site"), new("status", "Status"), new("used", "Used"), new("family", "Family", false),
        new("description", "Description"),
    ];
}
