using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Power;

public static class PowerPanelEndpoints
{
    public static void MapPowerPanels(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<PowerPanel, PowerPanelRequest, PowerPanelDto, PowerPanelAdministration>("power-panels", PowerPanelQueries.FindAsync, p => p.Version);
        var group = type.Map(inventory, "Inventory: power", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (PowerPanelRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, PowerPanelRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<PowerPanelDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, long? siteId, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (PowerPanelQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await PowerPanelQueries.Paging.PageAsync(PowerPanelQueries.Filter(db, access.OrganizationId, siteId, query.Q), query, PowerPanelQueries.ToDto(db), ct));
    }
}
