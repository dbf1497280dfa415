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
        var type = new InventoryTypeEndpoints<Rack, RackRequest, RackDto, RackAdministration>("racks", RackQueries.FindAsync, r => r.Version);
        var group = type.Map(inventory, "Inventory: racks", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (RackRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, RackRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/elevation", ElevationAsync).RequirePermission(Permissions.InventoryRead);
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

    private static async Task<Results<Ok<RackElevationDto>, ProblemHttpResult>> ElevationAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        await RackQueries.ElevationAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct) is { } elevation
            ? TypedResults.Ok(elevation)
            : Problems.NotFound("Rack");
}
