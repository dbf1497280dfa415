using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Items;

/// <summary>Where a configuration item is shown in the UI: its kind's page, or its dependency map for kinds without one.</summary>
public static class ItemLinks
{
    public static string PathOf(ItemRef item) => item.Kind switch
    {
        CiKind.Device => $"/inventory/devices/{item.Id}",
        CiKind.Application or CiKind.Database or CiKind.TechnicalService or CiKind.BusinessService => $"/inventory/services/{item.Id}",
        _ => MapOf(item.Id),
    };

    public static string MapOf(long id) => $"/inventory/items/{id}/map";
}
