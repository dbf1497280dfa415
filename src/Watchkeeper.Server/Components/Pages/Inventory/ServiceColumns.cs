using Watchkeeper.Server.Components.Shared.Views;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>The columns the service list offers; their keys are what saved views and column choices store.</summary>
public static class ServiceColumns
{
    public static IReadOnlyList<ListColumn> All { get; } =
    [
        new("name", "Service"), new("kind", "Kind"), new("status", "Status"), new("ownerTeam", "Owner team"),
        new("recovery", "RTO / RPO"), new("requesters", "Requesters"), new("supportHours", "Support hours", false),
        new("criticality", "Criticality", false), new("tags", "Tags", false),
    ];
}
