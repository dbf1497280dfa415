using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Network;

public static class VlanEndpoints
{
    public static void MapVlans(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Vlan, VlanRequest, VlanDto, VlanAdministration>("vlans", FindAsync, v => v.Version);
        var group = type.Map(inventory, "Inventory: VLANs", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (VlanRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, VlanRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<VlanDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] VlanFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (VlanQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await VlanQueries.Paging.PageAsync(VlanQueries.Filter(db, access.OrganizationId, filter, query.Q), query, VlanQueries.ToDto, ct));
    }

    public static Task<VlanDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Vlans.AsNoTracking().Where(v => v.Id == id && v.OrganizationId == organizationId).Select(VlanQueries.ToDto).SingleOrDefaultAsync(ct);
}
