using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Services;

public static class ServiceEndpoints
{
    public static void MapServices(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Service, ServiceRequest, ServiceDto, ServiceAdministration>("services", ServiceQueries.FindAsync, s => s.Version);
        var group = type.Map(inventory, "Inventory: services");
        group.MapPost("/", (ServiceRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", (long id, ServiceRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        // Requesters hold no inventory permission: the catalog is what the portal offers them.
        inventory.MapGet("/catalog", CatalogAsync).WithTags("Inventory: services").RequirePermission(Permissions.ServiceDeskRequest);
    }

    private static async Task<Results<Ok<Page<ServiceDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] ServiceFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (ServiceQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        if (filter.Tier is < 1 or > 4)
        {
            return Problems.Field("tier", "The tier is 1 (most critical) to 4.");
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await ServiceQueries.Paging.PageAsync(ServiceQueries.Filter(db, access.OrganizationId, filter, query.Q), query, ServiceQueries.ToDto, ct));
    }

    private static async Task<Ok<List<CatalogEntryDto>>> CatalogAsync(CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        TypedResults.Ok(await ServiceCatalog.VisibleToRequesterAsync(db, (await current.RequireAsync(ct)).OrganizationId, ct));
}
