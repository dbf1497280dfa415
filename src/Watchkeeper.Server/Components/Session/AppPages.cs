using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Components.Session;

/// <summary>A page of the application and who may open it: the navigation and the page itself read the same rule.</summary>
public sealed record AppPage(string Title, string Path, string Icon, string Section, string? Permission, Func<Access, bool>? Rule = null)
{
    public bool Allows(Access access) => Rule?.Invoke(access) ?? (Permission is null || access.Has(Permission));
}

public static class AppPages
{
    public const string People = "People";
    public const string Administration = "Administration";
    public const string Inventory = "Inventory";
    public const string Network = "Network";
    public const string Contracts = "Contracts";
    public const string Collect = "Discovery and import";
    public const string Monitoring = "Monitoring";

    public static AppPage Overview { get; } = new("Overview", "/", "space_dashboard", "", null);
    public static AppPage Profile { get; } = new("Profile", "/profile", "account_circle", "", null);

    public static AppPage Sites { get; } = new("Sites", "/inventory/sites", "location_city", Inventory, Permissions.InventoryRead);
    public static AppPage Devices { get; } = new("Devices", "/inventory/devices", "dns", Inventory, Permissions.InventoryRead);
    public static AppPage Search { get; } = new("Search", "/inventory/search", "search", Inventory, Permissions.InventoryRead);
    public static AppPage ItemMap { get; } = new("Dependency map", "/inventory/items", "hub", Inventory, Permissions.InventoryRead);
    public static AppPage DeviceTypes { get; } = new("Device types", "/inventory/device-types", "category", Inventory, Permissions.InventoryRead);
    public static AppPage Prefixes { get; } = new("IP prefixes", "/inventory/ipam/prefixes", "lan", Network, Permissions.InventoryRead);
    public static AppPage IpAddresses { get; } = new("IP addresses", "/inventory/ipam/addresses", "pin", Network, Permissions.InventoryRead);
    public static AppPage Vrfs { get; } = new("VRFs", "/inventory/ipam/vrfs", "alt_route", Network, Permissions.InventoryRead);
    public static AppPage Vlans { get; } = new("VLANs", "/inventory/vlans", "settings_ethernet", Network, Permissions.InventoryRead);
    public static AppPage VlanGroups { get; } = new("VLAN groups", "/inventory/vlan-groups", "workspaces", Network, Permissions.InventoryRead);
    public static AppPage Services { get; } = new("Services", "/inventory/services", "apps", Inventory, Permissions.InventoryRead);
    public static AppPage ServiceCatalog { get; } = new("Service catalog", "/inventory/catalog", "storefront", Inventory, Permissions.InventoryRead);
    public static AppPage Vendors { get; } = new("Vendors", "/inventory/vendors", "storefront", Contracts, Permissions.InventoryRead);
    public static AppPage ContractList { get; } = new("Contracts", "/inventory/contracts", "contract", Contracts, Permissions.InventoryRead);
    public static AppPage EndingReport { get; } = new("Ending soon", "/inventory/reports/ending", "event_busy", Contracts, Permissions.InventoryRead);
    public static AppPage CustomFields { get; } = new("Custom fields", "/inventory/custom-fields", "tune", Inventory, Permissions.InventoryRead);
    public static AppPage Discovery { get; } = new("Discovery", "/inventory/discovery", "radar", Collect, Permissions.InventoryRead);
    public static AppPage DiscoveryReview { get; } = new("Discovery review", "/inventory/discovery/review", "fact_check", Collect, Permissions.InventoryRead);
    public static AppPage Import { get; } = new("Import", "/inventory/import", "upload_file", Collect, Permissions.InventoryImport);

    public static AppPage Checks { get; } = new("Checks", "/monitoring/checks", "monitor_heart", Monitoring, Permissions.MonitoringRead);
    public static AppPage Maintenance { get; } = new("Maintenance", "/monitoring/maintenance", "engineering", Monitoring, Permissions.MonitoringRead);

    public static AppPage Users { get; } = new("Users", "/admin/users", "group", People, Permissions.UsersRead);
    public static AppPage Teams { get; } = new("Teams", "/admin/teams", "diversity_3", People, Permissions.TeamsRead);

    public static AppPage Organizations { get; } = new("Organizations", "/admin/organizations", "domain", Administration,
        Permissions.OrganizationManage, access => access.InstanceAdministrator || access.Has(Permissions.OrganizationManage));
    public static AppPage Roles { get; } = new("Roles", "/admin/roles", "badge", Administration, Permissions.RolesRead);
    public static AppPage Tokens { get; } = new("API tokens", "/admin/tokens", "key", Administration, Permissions.TokensManage);
    public static AppPage Audit { get; } = new("Audit log", "/admin/audit", "history", Administration, Permissions.AuditRead);
    public static AppPage Events { get; } = new("Background events", "/admin/events", "sync_problem", Administration, Permissions.SystemManage);

    /// <summary>The menu, in sections in this order: the inventory is split by who looks for what (facilities and
    /// devices, IP space, contracts, getting data in) so that no section is a wall of a dozen links.</summary>
    public static IReadOnlyList<AppPage> Navigation { get; } =
    [
        Sites, Devices, DeviceTypes, Services, ServiceCatalog, CustomFields,
        Prefixes, IpAddresses, Vrfs, Vlans, VlanGroups,
        Vendors, ContractList, EndingReport,
        Discovery, DiscoveryReview, Import,
        Checks, Maintenance,
        Users, Teams,
        Organizations, Roles, Tokens, Audit, Events,
    ];
}
