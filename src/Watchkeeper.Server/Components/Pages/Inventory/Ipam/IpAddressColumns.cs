using Watchkeeper.Server.Components.Shared.Views;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>The columns the address list offers; their keys are what saved views and column choices store.</summary>
public static class IpAddressColumns
{
    public static IReadOnlyList<ListColumn> All { get; } =
    [
        new("address", "Address"), new("vrf", "VRF", false), new("status", "Status"), new("dnsName", "DNS name"), new("item", "Assigned to"),
        new("description", "Description"),
    ];
}
