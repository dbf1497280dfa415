using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Relationships;

public static class RelationshipEndpoints
{
    public static readonly Keyset<Relationship> Paging = new Keyset<Relationship>(r => r.Id, "createdAt")
        .Sortable("createdAt", r => r.CreatedAt).Sortable("type", r => r.Type);

    public static readonly Expression<Func<Relationship, RelationshipDto>> ToDto = r => new RelationshipDto(
        r.Id, new ItemRef(r.Source.Id, r.Source.Kind, r.Source.Name), new ItemRef(r.Target.Id, r.Target.Kind, r.Target.Name), r.Type, r.CreatedAt);

    public static void MapRelationships(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/relationships").WithTags("Inventory: relationships");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
    }

    public static IQueryable<Relationship> Filter(WatchkeeperDb db, long organizationId, RelationshipFilter filter)
    {
        var relationships = db.Relationships.AsNoTracking().Where(r => r.OrganizationId == organizationId);
        if (filter.ItemId is { } item)
        {
            relationships = (filter.Direction ?? RelationshipDirection.Both) switch
            {
                RelationshipDirection.Outgoing => relationships.Where(r => r.SourceId == item),
                RelationshipDirection.Incoming => relationships.Where(r => r.TargetId == item),
                _ => relationships.Where(r => r.SourceId == item || r.TargetId == item),
            };
        }
        if (filter.Type is { } type)
        {
            relationships = relationships.Where(r => r.Type == type);
        }
        return relationships;
    }

    private static async Task<Results<Ok<Page<RelationshipDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] RelationshipFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await Paging.PageAsync(Filter(db, access.OrganizationId, filter), query, ToDto, ct));
    }

    private static async Task<Results<Created<RelationshipDto>, ValidationProblem>> CreateAsync(
        RelationshipRequest request, CurrentAccess current, RelationshipAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "relationships", r => r.Id,
            id => db.Relationships.AsNoTracking().Where(r => r.Id == id).Select(ToDto).SingleAsync(ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, RelationshipAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}
