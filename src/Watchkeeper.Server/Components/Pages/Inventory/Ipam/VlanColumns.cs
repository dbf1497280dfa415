using Watchkeeper.Server.Components.Shared.Views;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>The columns the VLAN list offers; their keys are what saved views and column choices store.</summary>
public static class VlanColumns
{
    public static IReadOnlyList<ListColumn> All { get; } =
    [
        new("vid", "VID"), new("name", "Name"), new("group", "Group"), new("site", "Site"), new("status", "Status"), new("description", "Description"),
    ];
}
