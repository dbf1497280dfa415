using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Power;

public static class PowerConnectionEndpoints
{
    public static void MapPowerConnections(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<PowerConnection, PowerConnectionRequest, PowerConnectionDto, PowerConnectionAdministration>(
            "power-connections", PowerConnectionQueries.FindAsync, c => c.Version);
        var group = type.Map(inventory, "Inventory: power", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (PowerConnectionRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, PowerConnectionRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<PowerConnectionDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] PowerConnectionFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (PowerConnectionQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await PowerConnectionQueries.Paging.PageAsync(
            PowerConnectionQueries.Filter(db, access.OrganizationId, filter, query.Q), query, PowerConnectionQueries.ToDto, ct));
    }
}
