using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Facilities;

public static class RackEndpoints
{
    private static readonly Keyset<Rack> Paging = new Keyset<Rack>(r => r.Id, "name").Sortable("name", r => r.Name).Sortable("heightU", r => r.HeightU);

    public static void MapRacks(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/racks").WithTags("Inventory: racks");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/elevation", ElevationAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
    }

    private static async Task<Results<Ok<Page<RackDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, long? siteId, long? locationId, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var racks = RackQueries.Filter(db, access.OrganizationId, siteId, locationId, query.Q);
        var page = await Paging.PageAsync(racks, query, RackQueries.ToDto, ct);
        return TypedResults.Ok(page with { Items = await RackOccupancy.WithUsageAsync(db, page.Items, ct) });
    }

    private static async Task<Results<Ok<RackDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await RackQueries.FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "Rack", r => r.Version);

    private static async Task<Results<Ok<RackElevationDto>, ProblemHttpResult>> ElevationAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        await RackQueries.ElevationAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct) is { } elevation
            ? TypedResults.Ok(elevation)
            : Problems.NotFound("Rack");

    private static async Task<Results<Created<RackDto>, ValidationProblem>> CreateAsync(RackRequest request, CurrentAccess current, RackAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "racks", r => r.Id,
            async id => (await RackQueries.FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<RackDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, RackRequest request, HttpContext http, CurrentAccess current, RackAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, r => ETags.Matches(http, r), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await RackQueries.FindAsync(db, access.OrganizationId, i, ct))!, r => r.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, RackAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}
