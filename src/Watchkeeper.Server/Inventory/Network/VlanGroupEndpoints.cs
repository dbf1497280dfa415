using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Network;

public static class VlanGroupEndpoints
{
    private static readonly Keyset<VlanGroup> Paging = new Keyset<VlanGroup>(v => v.Id, "name").Sortable("name", v => v.Name);

    private static readonly Expression<Func<VlanGroup, VlanGroupDto>> ToDto = v => new VlanGroupDto(v.Id, v.Name, v.SiteId, v.Description, v.Version);

    public static void MapVlanGroups(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<VlanGroup, VlanGroupRequest, VlanGroupDto, VlanGroupAdministration>("vlan-groups", FindAsync, v => v.Version);
        var group = type.Map(inventory, "Inventory: VLAN groups", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (VlanGroupRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, VlanGroupRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<VlanGroupDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var groups = db.VlanGroups.AsNoTracking().Where(v => v.OrganizationId == access.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            groups = groups.Where(v => v.Name.ToUpper().Contains(q));
        }
        return TypedResults.Ok(await Paging.PageAsync(groups, query, ToDto, ct));
    }

    public static Task<VlanGroupDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.VlanGroups.AsNoTracking().Where(v => v.Id == id && v.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
}
