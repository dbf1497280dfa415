using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

public static class InterfaceEndpoints
{
    public static void MapInterfaces(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<DeviceInterface, InterfaceRequest, InterfaceDto, InterfaceAdministration>("interfaces", InterfaceQueries.FindAsync, i => i.Version);
        var group = type.Map(inventory, "Inventory: interfaces", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (InterfaceRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, InterfaceRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/from-type", AddFromTypeAsync).RequirePermission(Permissions.InventoryNetworkWrite);
    }

    private static async Task<Results<Ok<Page<InterfaceDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] InterfaceFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (InterfaceQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await InterfaceQueries.PageAsync(db, InterfaceQueries.Filter(db, access.OrganizationId, filter, query.Q), query, ct));
    }

    private static async Task<Results<Ok<InterfacesAdded>, ProblemHttpResult>> AddFromTypeAsync(
        long deviceId, CurrentAccess current, InterfaceAdministration admin, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var added = await admin.AddFromTypeAsync(access, deviceId, ct);
        return added.Error is { } error ? Problems.Of(error) : TypedResults.Ok(new InterfacesAdded(added.Value));
    }
}
