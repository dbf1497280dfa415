using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Facilities;

public static class LocationEndpoints
{
    private static readonly Keyset<Location> Paging = new Keyset<Location>(l => l.Id, "name").Sortable("name", l => l.Name);

    public static readonly System.Linq.Expressions.Expression<Func<Location, LocationDto>> ToDto =
        l => new LocationDto(l.Id, l.SiteId, l.ParentId, l.Name, l.Kind, l.Description, l.Version);

    public static void MapLocations(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/locations").WithTags("Inventory: locations");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
    }

    private static async Task<Results<Ok<Page<LocationDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, long? siteId, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var locations = db.Locations.AsNoTracking().Where(l => l.OrganizationId == access.OrganizationId);
        if (siteId is not null)
        {
            locations = locations.Where(l => l.SiteId == siteId);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            locations = locations.Where(l => l.Name.ToUpper().Contains(q));
        }
        return TypedResults.Ok(await Paging.PageAsync(locations, query, ToDto, ct));
    }

    private static Task<LocationDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Locations.AsNoTracking().Where(l => l.Id == id && l.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);

    private static async Task<Results<Ok<LocationDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "Location", l => l.Version);

    private static async Task<Results<Created<LocationDto>, ValidationProblem>> CreateAsync(LocationRequest request, CurrentAccess current, LocationAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "locations", l => l.Id,
            async id => (await FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<LocationDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, LocationRequest request, HttpContext http, CurrentAccess current, LocationAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, l => ETags.Matches(http, l), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await FindAsync(db, access.OrganizationId, i, ct))!, l => l.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, LocationAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}
