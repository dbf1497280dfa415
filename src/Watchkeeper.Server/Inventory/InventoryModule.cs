using Watchkeeper.Server.Components.Pages.Inventory;
using Watchkeeper.Server.Components.Pages.Inventory.Cabling;
using Watchkeeper.Server.Inventory.Devices;
using Watchkeeper.Server.Inventory.Discovery.Prometheus;
using Watchkeeper.Server.Inventory.Facilities;
using Watchkeeper.Server.Inventory.Impact;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Inventory.Map;
using Watchkeeper.Server.Inventory.Relationships;
using Watchkeeper.Server.Inventory.Network;
using Watchkeeper.Server.Inventory.Search;
using Watchkeeper.Server.Inventory.Services;
using Watchkeeper.Server.Inventory.CustomFields;
using Watchkeeper.Server.Inventory.Vendors;
using Watchkeeper.Server.Inventory.Network.Cabling;
using Watchkeeper.Server.Inventory.Discovery;
using Watchkeeper.Server.Inventory.Power;
using Watchkeeper.Server.Inventory.Transfer;

namespace Watchkeeper.Server.Inventory;

/// <summary>The CMDB: facilities and devices so far; network, services and relationships join the same configuration items.</summary>
public static class InventoryModule
{
    public static IServiceCollection AddInventory(this IServiceCollection services)
    {
        services.AddScoped<SiteAdministration>();
        services.AddScoped<LocationAdministration>();
        services.AddScoped<RackAdministration>();
        services.AddScoped<DeviceTypeAdministration>();
        services.AddScoped<DeviceAdministration>();
        services.AddScoped<RelationshipAdministration>();
        services.AddScoped<RedundancyGroupAdministration>();
        services.AddItemPanel<ItemRelationships>("Relationships", order: 10);
        services.AddItemPanel<ItemMap>("Dependency map", order: 15);
        services.AddItemPanel<ItemImpact>("Impact", order: 20);
        services.AddMemoryCache();
        services.AddSingleton<DependencyGraphCache>();
        services.AddScoped<VrfAdministration>();
        services.AddScoped<PrefixAdministration>();
        services.AddScoped<PrefixUsage>();
        services.AddScoped<IpAddressAdministration>();
        services.AddScoped<VlanGroupAdministration>();
        services.AddScoped<VlanAdministration>();
        services.AddInventorySearch();
        services.AddScoped<ServiceAdministration>();
        services.AddScoped<VendorAdministration>();
        services.AddScoped<ContractAdministration>();
        services.AddScoped<CustomFieldAdministration>();
        services.AddItemPanel<ItemHistory>("History", order: 1000);
        services.AddScoped<InterfaceAdministration>();
        services.AddScoped<CableAdministration>();
        services.AddItemPanel<ItemInterfaces>("Interfaces", order: 30);
        services.AddDiscovery();
        services.AddPower();
        services.AddOptions<TransferOptions>().BindConfiguration(TransferOptions.Section);
        return services;
    }

    public static void MapInventory(this IEndpointRouteBuilder api)
    {
        var inventory = api.MapGroup("/inventory");
        inventory.MapSites();
        inventory.MapLocations();
        inventory.MapRacks();
        inventory.MapDeviceTypes();
        inventory.MapDevices();
        inventory.MapRelationships();
        inventory.MapRedundancyGroups();
        inventory.MapImpact();
        inventory.MapVrfs();
        inventory.MapPrefixes();
        inventory.MapIpAddresses();
        inventory.MapVlanGroups();
        inventory.MapVlans();
        inventory.MapInventorySearch();
        inventory.MapDependencyMap();
        inventory.MapServices();
        inventory.MapVendors();
        inventory.MapContracts();
        inventory.MapEndingReport();
        inventory.MapCustomFields();
        inventory.MapInterfaces();
        inventory.MapCables();
        inventory.MapPrometheusDiscovery();
        inventory.MapDiscovery();
        inventory.MapPower();
        inventory.MapInventoryTransfer();
    }
}
