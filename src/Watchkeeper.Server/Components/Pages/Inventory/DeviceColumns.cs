using Watchkeeper.Server.Components.Shared.Views;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>The columns the device list offers; their keys are what saved views and column choices store.</summary>
public static class DeviceColumns
{
    public static IReadOnlyList<ListColumn> All { get; } =
    [
        new("name", "Device"), new("kind", "Kind"), new("status", "Status"), new("ip", "IP"), new("placement", "Placement"),
        new("serial", "Serial"), new("assetTag", "Asset tag", false), new("os", "OS", false), new("environment", "Environment", false),
        new("criticality", "Criticality", false), new("ownerTeam", "Owner team", false), new("warrantyEnd", "Warranty end", false),
        new("tags", "Tags", false),
    ];
}
