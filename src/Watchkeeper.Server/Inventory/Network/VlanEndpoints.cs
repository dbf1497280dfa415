using System.Linq.Expressions;
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
    private static readonly Keyset<Vlan> Paging = new Keyset<Vlan>(v => v.Id, "vid").Sortable("vid", v => v.Vid).Sortable("name", v => v.Name);

    private static readonly Expression<Func<Vlan, VlanDto>> ToDto = v => new VlanDto(v.Id, v.Vid, v.Name, v.GroupId, v.SiteId, v.Status, v.Description, v.Version);

    /// <summary>List filters: <c>groupId</c>, <c>siteId</c>, <c>vid</c>; <c>q</c> matches the name.</summary>
    public sealed record VlanFilter(long? GroupId = null, long? SiteId = null, int? Vid = null);

    public static void MapVlans(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/vlans").WithTags("Inventory: VLANs");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
    }

    private static async Task<Results<Ok<Page<VlanDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] VlanFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var vlans = db.Vlans.AsNoTracking().Where(v => v.OrganizationId == access.OrganizationId);
        vlans = filter.GroupId is { } groupId ? vlans.Where(v => v.GroupId == groupId) : vlans;
        vlans = filter.SiteId is { } siteId ? vlans.Where(v => v.SiteId == siteId) : vlans;
        vlans = filter.Vid is { } vid ? vlans.Where(v => v.Vid == vid) : vlans;
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            vlans = vlans.Where(v => v.Name.ToUpper().Contains(q));
        }
        return TypedResults.Ok(await Paging.PageAsync(vlans, query, ToDto, ct));
    }

    public static Task<VlanDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Vlans.AsNoTracking().Where(v => v.Id == id && v.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);

    private static async Task<Results<Ok<VlanDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "VLAN", v => v.Version);

    private static async Task<Results<Created<VlanDto>, ValidationProblem>> CreateAsync(VlanRequest request, CurrentAccess current, VlanAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "vlans", v => v.Id,
            async id => (await FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<VlanDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, VlanRequest request, HttpContext http, CurrentAccess current, VlanAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, v => ETags.Matches(http, v), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await FindAsync(db, access.OrganizationId, i, ct))!, v => v.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, VlanAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}
