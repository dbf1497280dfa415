using Watchkeeper.Server.Components.Shared.Views;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>The columns the device type list offers; their keys are what saved views and column choices store.</summary>
public static class DeviceTypeColumns
{
    public static IReadOnlyList<ListColumn> All { get; } =
    [
        new("manufacturer", "Manufacturer"), new("model", "Model"), new("height", "Height"), new("power", "Power (W)"),
        new("maxOutput", "Max output (W)"), new("devices", "Devices"), new("interfaces", "Interfaces", false),
    ];
}
