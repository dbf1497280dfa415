using System.CommandLine;
using Watchkeeper.Cli.Commands.Inventory.Cabling;
using Watchkeeper.Cli.Commands.Inventory.Ipam;
using Watchkeeper.Cli.Commands.Inventory.Power;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class InventoryCommands
{
    public static Command Create(CliContext context) =>
        new Command("inventory", "The inventory (CMDB): sites, racks, device types, devices, IPAM, relationships, interfaces, cables, power, impact, services, vendors and contracts").With(
            SiteCommands.Create(context), RackCommands.Create(context), DeviceTypeCommands.Create(context), DeviceCommands.Create(context),
            VrfCommands.Create(context), PrefixCommands.Create(context), IpAddressCommands.Create(context),
            VlanGroupCommands.Create(context), VlanCommands.Create(context),
            RelationshipCommands.Create(context), RedundancyGroupCommands.Create(context), ImpactCommands.Create(context),
            ServiceCommands.Create(context), ServiceCommands.CatalogCommand(context),
            VendorCommands.Create(context), ContractCommands.Create(context), EndingCommand.Create(context), CustomFieldCommands.Create(context),
            InterfaceCommands.Create(context), CableCommands.Create(context),
            DiscoveryCommands.Create(context),
            PowerPanelCommands.Create(context), PowerFeedCommands.Create(context), PowerConnectionCommands.Create(context), PowerLoadCommand.Create(context),
            TransferCommands.Import(context), TransferCommands.Export(context));

    /// <summary>"none" clears an optional reference on update; anything else is the reference.</summary>
    public static bool IsNone(string value) => value.Equals("none", StringComparison.OrdinalIgnoreCase);
}
