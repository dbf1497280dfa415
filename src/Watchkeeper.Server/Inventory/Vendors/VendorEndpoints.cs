using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Vendors;

public static class VendorEndpoints
{
    public static void MapVendors(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Vendor, VendorRequest, VendorDto, VendorAdministration>("vendors", VendorQueries.FindAsync, v => v.Version);
        var group = type.Map(inventory, "Inventory: vendors");
        group.MapPost("/", (VendorRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", (long id, VendorRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<VendorDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] VendorFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (VendorQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await VendorQueries.Paging.PageAsync(VendorQueries.Filter(db, access.OrganizationId, filter, query.Q), query, VendorQueries.ToDto(db), ct));
    }
}
