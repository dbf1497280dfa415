using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Components.Pages.Inventory.Power;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>Panels, feeds and power cords, with the load on each feed and each PDU or UPS.</summary>
public static class PowerModule
{
    public static IServiceCollection AddPower(this IServiceCollection services)
    {
        services.AddScoped<PowerPanelAdministration>();
        services.AddScoped<PowerFeedAdministration>();
        services.AddScoped<PowerConnectionAdministration>();
        services.AddItemPanel<ItemPower>("Power", order: 37);
        return services;
    }

    public static void MapPower(this IEndpointRouteBuilder inventory)
    {
        inventory.MapPowerPanels();
        inventory.MapPowerFeeds();
        inventory.MapPowerConnections();
        inventory.MapGet("/sites/{id:long}/power", SiteAsync).WithTags("Inventory: power").RequirePermission(Permissions.InventoryRead);
        inventory.MapGet("/devices/{id:long}/power", DeviceAsync).WithTags("Inventory: power").RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<IReadOnlyList<SitePowerPanelDto>>, ProblemHttpResult>> SiteAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        await SitePower.LoadAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct) is { } panels ? TypedResults.Ok(panels) : Problems.NotFound("Site");

    private static async Task<Results<Ok<DevicePowerDto>, ProblemHttpResult>> DeviceAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        await SupplyPower.OfDeviceAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct) is { } power ? TypedResults.Ok(power) : Problems.NotFound("Device");
}
