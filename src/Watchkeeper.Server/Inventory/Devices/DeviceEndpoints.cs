using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.CustomFields;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Devices;

public static class DeviceEndpoints
{
    public static void MapDevices(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Device, DeviceRequest, DeviceDto, DeviceAdministration>("devices", DeviceQueries.FindAsync, d => d.Version);
        var group = type.Map(inventory, "Inventory: devices", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (DeviceRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, DeviceRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<DeviceDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] DeviceFilter filter, HttpRequest request, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (DeviceQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var conditionErrors = new FieldErrors();
        var conditions = await CustomFieldConditions.ParseAsync(db, access.OrganizationId, CiKind.Device, request.Query, conditionErrors, ct);
        if (conditionErrors.ToError() is { } error)
        {
            return Problems.Fields(error);
        }
        var page = await DeviceQueries.Paging.PageAsync(DeviceQueries.Filter(db, access.OrganizationId, filter, query.Q, conditions), query, DeviceQueries.ToDto, ct);
        return TypedResults.Ok(page with { Items = await DeviceQueries.WithCustomFieldsAsync(db, page.Items, ct) });
    }
}
