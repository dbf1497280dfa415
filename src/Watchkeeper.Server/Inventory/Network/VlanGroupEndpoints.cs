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
        var group = inventory.MapGroup("/vlan-groups").WithTags("Inventory: VLAN groups");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
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

    private static async Task<Results<Ok<VlanGroupDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "VLAN group", v => v.Version);

    private static async Task<Results<Created<VlanGroupDto>, ValidationProblem>> CreateAsync(VlanGroupRequest request, CurrentAccess current, VlanGroupAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "vlan-groups", v => v.Id,
            async id => (await FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<VlanGroupDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, VlanGroupRequest request, HttpContext http, CurrentAccess current, VlanGroupAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, v => ETags.Matches(http, v), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await FindAsync(db, access.OrganizationId, i, ct))!, v => v.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, VlanGroupAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}
