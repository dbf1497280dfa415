using Watchkeeper.Server.Components.Shared.Views;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>The columns the site list offers; their keys are what saved views and column choices store.</summary>
public static class SiteColumns
{
    public static IReadOnlyList<ListColumn> All { get; } =
    [
        new("name", "Site"), new("address", "Address"), new("timeZone", "Time zone"), new("racks", "Racks"), new("devices", "Devices"),
        new("coordinates", "Coordinates", false), new("contacts", "Contacts", false), new("description", "Description", false),
    ];
}
