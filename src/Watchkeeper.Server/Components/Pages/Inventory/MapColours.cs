using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>The colour family of a box on the dependency map (a CSS class suffix), so kinds read at a glance.</summary>
public static class MapColours
{
    public static readonly IReadOnlyList<(string Class, string Label)> Legend =
    [
        ("compute", "Compute"), ("network", "Network"), ("storage", "Storage"), ("power", "Power"), ("endpoint", "End user"),
        ("other", "Other"), ("software", "Application or database"), ("service", "Business or technical service"), ("group", "Redundancy group"),
    ];

    public static string Of(MapNodeDto node) => node.Item.Kind switch
    {
        CiKind.RedundancyGroup => "group",
        CiKind.Application or CiKind.Database => "software",
        CiKind.BusinessService or CiKind.TechnicalService => "service",
        _ => node.DeviceKind switch
        {
            DeviceKind.Server or DeviceKind.VirtualMachine or DeviceKind.Hypervisor or DeviceKind.CloudResource => "compute",
            DeviceKind.Switch or DeviceKind.Router or DeviceKind.Firewall or DeviceKind.LoadBalancer or DeviceKind.WirelessAccessPoint => "network",
            DeviceKind.Storage => "storage",
            DeviceKind.Pdu or DeviceKind.Ups => "power",
            DeviceKind.Workstation or DeviceKind.Printer or DeviceKind.Phone => "endpoint",
            _ => "other",
        },
    };
}
