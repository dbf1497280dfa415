using Watchkeeper.Server.Components.Shared.Views;

namespace Watchkeeper.Server.Components.Pages.Vendors;

/// <summary>The columns the contract list offers; their keys are what saved views and column choices store.</summary>
public static class ContractColumns
{
    public static IReadOnlyList<ListColumn> All { get; } =
    [
        new("reference", "Reference"), new("vendor", "Vendor"), new("kind", "Kind"), new("start", "Start"), new("end", "End"),
        new("daysLeft", "Days left"), new("covers", "Covers"), new("notice", "Renewal notice", false), new("cost", "Cost", false),
        new("description", "Description", false),
    ];
}
