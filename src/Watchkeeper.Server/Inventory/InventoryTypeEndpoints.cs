using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory;

/// <summary>Loads one row of a type as the API shows it, or null when the organization has no such row.</summary>
public delegate Task<TDto?> InventoryFinder<TDto>(WatchkeeperDb db, long organizationId, long id, CancellationToken ct);

/// <summary>
/// The read-one, create, update and delete endpoints every inventory type has, answered alike:
/// an ETag on every read, If-Match on update, the row as the API shows it after every change.
/// </summary>
/// <remarks>
/// <see cref="Map"/> maps the read and the delete. Each type maps its own list (filters differ) and
/// its create and update as one-line lambdas that call <see cref="CreateAsync"/> and <see cref="UpdateAsync"/>:
/// request validation and the route analyzers are generated from the concrete request type at the
/// mapping call, so that call must name it.
/// </remarks>
public sealed class InventoryTypeEndpoints<TEntity, TRequest, TDto, TAdmin>(string path, InventoryFinder<TDto> find, Func<TDto, int> version)
    where TEntity : class, IOrganizationOwned
    where TAdmin : InventoryAdministration<TEntity, TRequest>
{
    /// <param name="writePermission">What deleting asks for: the type's create and update name the same one (inventory.write unless the type says otherwise).</param>
    /// <param name="readPermission">What reading one asks for (inventory.read unless the type belongs to another module).</param>
    public RouteGroupBuilder Map(IEndpointRouteBuilder inventory, string tag, string writePermission = Permissions.InventoryWrite, string readPermission = Permissions.InventoryRead)
    {
        var group = inventory.MapGroup("/" + path).WithTags(tag);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(readPermission);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(writePermission);
        return group;
    }

    public async Task<Results<Created<TDto>, ValidationProblem>> CreateAsync(TRequest request, HttpContext http)
    {
        var (access, admin, db) = await ResolveAsync(http);
        var created = await admin.CreateAsync(access, request, http.RequestAborted);
        return await InventoryResults.CreatedAsync(created, path, e => e.Id, async id => (await find(db, access.OrganizationId, id, http.RequestAborted))!);
    }

    public async Task<Results<Ok<TDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(long id, TRequest request, HttpContext http)
    {
        var (access, admin, db) = await ResolveAsync(http);
        var updated = await admin.UpdateAsync(access, id, request, v => ETags.Matches(http, v), http.RequestAborted);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await find(db, access.OrganizationId, i, http.RequestAborted))!, version);
    }

    private async Task<Results<Ok<TDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http)
    {
        var (access, admin, db) = await ResolveAsync(http);
        return InventoryResults.Found(await find(db, access.OrganizationId, id, http.RequestAborted), http, admin.Noun, version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, HttpContext http)
    {
        var (access, admin, _) = await ResolveAsync(http);
        return InventoryResults.Deleted(await admin.DeleteAsync(access, id, http.RequestAborted));
    }

    /// <summary>Taken from the request's services: a handler parameter of a type-parameter type trips the route analyzers.</summary>
    private static async Task<(Access Access, TAdmin Admin, WatchkeeperDb Db)> ResolveAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var access = await services.GetRequiredService<CurrentAccess>().RequireAsync(http.RequestAborted);
        return (access, services.GetRequiredService<TAdmin>(), services.GetRequiredService<WatchkeeperDb>());
    }
}
