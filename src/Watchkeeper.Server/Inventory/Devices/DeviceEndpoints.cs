using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Devices;

public static class DeviceEndpoints
{
    public static void MapDevices(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/devices").WithTags("Inventory: devices");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
    }

    private static async Task<Results<Ok<Page<DeviceDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] DeviceFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (DeviceQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await DeviceQueries.Paging.PageAsync(DeviceQueries.Filter(db, access.OrganizationId, filter, query.Q), query, DeviceQueries.ToDto, ct));
    }

    private static async Task<Results<Ok<DeviceDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await DeviceQueries.FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "Device", d => d.Version);

    private static async Task<Results<Created<DeviceDto>, ValidationProblem>> CreateAsync(DeviceRequest request, CurrentAccess current, DeviceAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "devices", d => d.Id,
            async id => (await DeviceQueries.FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<DeviceDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, DeviceRequest request, HttpContext http, CurrentAccess current, DeviceAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, i => ETags.Matches(http, i), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await DeviceQueries.FindAsync(db, access.OrganizationId, i, ct))!, d => d.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, DeviceAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}
