namespace Watchkeeper.Server.Inventory;

public static class InventoryText
{
    /// <summary>Optional text as stored: trimmed, and null rather than blank, so filters and uniqueness see one form.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
