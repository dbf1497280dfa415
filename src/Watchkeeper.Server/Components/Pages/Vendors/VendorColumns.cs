using Watchkeeper.Server.Components.Shared.Views;

namespace Watchkeeper.Server.Components.Pages.Vendors;

/// <summary>The columns the vendor list offers; their keys are what saved views and column choices store.</summary>
public static class VendorColumns
{
    public static IReadOnlyList<ListColumn> All { get; } =
    [
        new("name", "Vendor"), new("website", "Website"), new("supportPhone", "Support phone"), new("supportEmail", "Support e-mail"),
        new("account", "Account"), new("contracts", "Contracts"), new("notes", "Notes", false),
    ];
}
