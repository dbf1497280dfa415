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
        var type = new InventoryTypeEndpoints<Location, LocationRequest, LocationDto, LocationAdministration>("locations", FindAsync, l => l.Version);
        var group = type.Map(inventory, "Inventory: locations", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (LocationRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, LocationRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
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
}
