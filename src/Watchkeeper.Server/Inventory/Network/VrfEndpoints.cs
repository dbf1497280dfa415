using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Network;

public static class VrfEndpoints
{
    private static readonly Keyset<Vrf> Paging = new Keyset<Vrf>(v => v.Id, "name").Sortable("name", v => v.Name);

    private static readonly Expression<Func<Vrf, VrfDto>> ToDto = v => new VrfDto(v.Id, v.Name, v.RouteDistinguisher, v.Description, v.Version);

    public static void MapVrfs(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Vrf, VrfRequest, VrfDto, VrfAdministration>("vrfs", FindAsync, v => v.Version);
        var group = type.Map(inventory, "Inventory: VRFs", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (VrfRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, VrfRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<VrfDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var vrfs = db.Vrfs.AsNoTracking().Where(v => v.OrganizationId == access.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            vrfs = vrfs.Where(v => v.Name.ToUpper().Contains(q) || v.RouteDistinguisher == query.Q.Trim());
        }
        return TypedResults.Ok(await Paging.PageAsync(vrfs, query, ToDto, ct));
    }

    public static Task<VrfDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Vrfs.AsNoTracking().Where(v => v.Id == id && v.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
}
