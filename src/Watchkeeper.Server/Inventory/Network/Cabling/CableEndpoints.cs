using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

public static class CableEndpoints
{
    public static void MapCables(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Cable, CableRequest, CableDto, CableAdministration>("cables", CableQueries.FindAsync, c => c.Version);
        var group = type.Map(inventory, "Inventory: cables", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (CableRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, CableRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<CableDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] CableFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (CableQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await CableQueries.PageAsync(db, CableQueries.Filter(db, access.OrganizationId, filter, query.Q), query, ct));
    }
}
