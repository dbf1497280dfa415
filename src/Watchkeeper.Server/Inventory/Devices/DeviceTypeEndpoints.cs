using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Devices;

public static class DeviceTypeEndpoints
{
    private static readonly Keyset<DeviceType> Paging = new Keyset<DeviceType>(t => t.Id, "model")
        .Sortable("model", t => t.Model).Sortable("manufacturer", t => t.Manufacturer);

    public static Expression<Func<DeviceType, DeviceTypeDto>> ToDto(WatchkeeperDb db) => t => new DeviceTypeDto(
        t.Id, t.Manufacturer, t.Model, t.HeightU, t.FullDepth, t.PowerDrawWatts, db.Devices.Count(d => d.DeviceTypeId == t.Id), t.Version);

    public static void MapDeviceTypes(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/device-types").WithTags("Inventory: device types");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
    }

    private static async Task<Results<Ok<Page<DeviceTypeDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var types = db.DeviceTypes.AsNoTracking().Where(t => t.OrganizationId == access.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            types = types.Where(t => t.Model.ToUpper().Contains(q) || t.Manufacturer.ToUpper().Contains(q));
        }
        return TypedResults.Ok(await Paging.PageAsync(types, query, ToDto(db), ct));
    }

    public static Task<DeviceTypeDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.DeviceTypes.AsNoTracking().Where(t => t.Id == id && t.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);

    private static async Task<Results<Ok<DeviceTypeDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "Device type", t => t.Version);

    private static async Task<Results<Created<DeviceTypeDto>, ValidationProblem>> CreateAsync(DeviceTypeRequest request, CurrentAccess current, DeviceTypeAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "device-types", t => t.Id,
            async id => (await FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<DeviceTypeDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, DeviceTypeRequest request, HttpContext http, CurrentAccess current, DeviceTypeAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, t => ETags.Matches(http, t), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await FindAsync(db, access.OrganizationId, i, ct))!, t => t.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, DeviceTypeAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}
