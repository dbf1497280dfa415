using Watchkeeper.Server.Inventory.Transfer.Types;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>Every type that can be imported and exported, by the name URLs and files use.</summary>
public static class TransferTypes
{
    public static IReadOnlyList<ITransferType> All { get; } =
    [
        new SiteTransfer(),
        new LocationTransfer(),
        new RackTransfer(),
        new DeviceTypeTransfer(),
        new DeviceTransfer(),
        new PowerPanelTransfer(),
        new PowerFeedTransfer(),
        new PowerConnectionTransfer(),
        new VrfTransfer(),
        new PrefixTransfer(),
        new IpAddressTransfer(),
        new VlanGroupTransfer(),
        new VlanTransfer(),
        new VendorTransfer(),
        new ContractTransfer(),
        new ServiceTransfer(),
        new InterfaceTransfer(),
        new CableTransfer(),
        new RedundancyGroupTransfer(),
        new RelationshipTransfer(),
    ];

    public static ITransferType? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(t => t.Name));
}
