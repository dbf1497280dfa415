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
        var type = new InventoryTypeEndpoints<RedundancyGroup, RedundancyGroupRequest, RedundancyGroupDto, RedundancyGroupAdministration>("redundancy-groups", FindAsync, g => g.Version);
        var group = type.Map(inventory, "Inventory: redundancy groups");
        group.MapPost("/", (RedundancyGroupRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", (long id, RedundancyGroupRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
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
}
