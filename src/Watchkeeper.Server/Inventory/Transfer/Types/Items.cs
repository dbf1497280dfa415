using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>What every configuration item type writes alike.</summary>
internal static class Items
{
    /// <summary>The item's custom field values by key; its values and their fields must be loaded.</summary>
    public static IReadOnlyDictionary<string, string?> CustomValues(ConfigurationItem item) =>
        item.CustomFieldValues.ToDictionary(v => v.Field.Key, v => (string?)v.Value, StringComparer.Ordinal);
}
