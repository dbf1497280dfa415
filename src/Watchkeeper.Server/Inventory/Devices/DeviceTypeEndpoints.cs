using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Devices;

public static class DeviceTypeEndpoints
{
    public static void MapDeviceTypes(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<DeviceType, DeviceTypeRequest, DeviceTypeDto, DeviceTypeAdministration>("device-types", DeviceTypeQueries.FindAsync, t => t.Version);
        var group = type.Map(inventory, "Inventory: device types", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (DeviceTypeRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, DeviceTypeRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<DeviceTypeDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] DeviceTypeFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddRange(DeviceTypeQueries.Paging.Validate(query));
        DeviceTypeQueries.Check(filter, errors);
        if (errors.ToError() is { } error)
        {
            return Problems.Fields(error);
        }
        var access = await current.RequireAsync(ct);
        var types = DeviceTypeQueries.Filter(db, access.OrganizationId, filter, query.Q);
        return TypedResults.Ok(await DeviceTypeQueries.Paging.PageAsync(types, query, DeviceTypeQueries.ToDto(db), ct));
    }
}
