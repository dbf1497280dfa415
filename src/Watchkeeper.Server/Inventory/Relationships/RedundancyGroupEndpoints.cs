using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Relationships;

public static class RedundancyGroupEndpoints
{
    private static readonly Keyset<RedundancyGroup> Paging = new Keyset<RedundancyGroup>(g => g.Id, "name").Sortable("name", g => g.Item.Name);

    public static Expression<Func<RedundancyGroup, RedundancyGroupDto>> ToDto(WatchkeeperDb db) => g => new RedundancyGroupDto(
        g.Id, g.Item.Name, g.MinimumHealthy, g.Item.Description,
        db.Relationships.Where(r => r.TargetId == g.Id && r.Type == RelationshipType.MemberOf).OrderBy(r => r.Source.Name)
            .Select(r => new ItemRef(r.Source.Id, r.Source.Kind, r.Source.Name)).ToList(),
        g.Item.Version);

    public static void MapRedundancyGroups(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/redundancy-groups").WithTags("Inventory: redundancy groups");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
    }

    private static async Task<Results<Ok<Page<RedundancyGroupDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var groups = db.RedundancyGroups.AsNoTracking().Where(g => g.OrganizationId == access.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            groups = groups.Where(g => g.Item.Name.ToUpper().Contains(q));
        }
        return TypedResults.Ok(await Paging.PageAsync(groups, query, ToDto(db), ct));
    }

    public static Task<RedundancyGroupDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.RedundancyGroups.AsNoTracking().Where(g => g.Id == id && g.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);

    private static async Task<Results<Ok<RedundancyGroupDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "Redundancy group", g => g.Version);

    private static async Task<Results<Created<RedundancyGroupDto>, ValidationProblem>> CreateAsync(
        RedundancyGroupRequest request, CurrentAccess current, RedundancyGroupAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "redundancy-groups", g => g.Id,
            async id => (await FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<RedundancyGroupDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, RedundancyGroupRequest request, HttpContext http, CurrentAccess current, RedundancyGroupAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, i => ETags.Matches(http, i), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await FindAsync(db, access.OrganizationId, i, ct))!, g => g.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, RedundancyGroupAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}
