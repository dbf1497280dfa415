using Watchkeeper.Server.Inventory.Transfer.Types;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>Every type that can be imported and exported, by the name URLs and files use.</summary>
public static class TransferTypes
{
    public static IReadOnlyList<ITransferType> All { get; } =
    [
        new SiteTransfer(),
        new DeviceTransfer(),
    ];

    public static ITransferType? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(t => t.Name));
}
