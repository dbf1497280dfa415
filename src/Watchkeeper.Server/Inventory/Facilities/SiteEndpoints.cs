using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Facilities;

public static class SiteEndpoints
{
    public static void MapSites(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Site, SiteRequest, SiteDto, SiteAdministration>("sites", SiteQueries.FindAsync, s => s.Version);
        var group = type.Map(inventory, "Inventory: sites", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (SiteRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, SiteRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<SiteDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] SiteFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddRange(SiteQueries.Paging.Validate(query));
        SiteQueries.Check(filter, errors);
        if (errors.ToError() is { } error)
        {
            return Problems.Fields(error);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await SiteQueries.Paging.PageAsync(SiteQueries.Filter(db, access.OrganizationId, filter, query.Q), query, SiteQueries.ToDto(db), ct));
    }
}
