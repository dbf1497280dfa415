namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>Limits of inventory import (configuration section <c>Inventory:Import</c>).</summary>
public sealed class TransferOptions
{
    public const string Section = "Inventory:Import";

    /// <summary>The largest file an import takes; larger ones get 413.</summary>
    public long MaxFileBytes { get; set; } = 50 * 1024 * 1024;
}
