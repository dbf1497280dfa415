using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Identity;

namespace Watchkeeper.Server.Platform.Roles;

public static class RoleEndpoints
{
    public static void MapRoles(this IEndpointRouteBuilder api)
    {
        api.MapGet("/permissions", () => TypedResults.Ok(Permissions.All.Select(p => new PermissionDto(p.Name, p.Module, p.Description)).ToList()))
            .WithTags("Roles").RequireAuthorization();
        var group = api.MapGroup("/roles").WithTags("Roles");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.RolesRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.RolesRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.RolesManage);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.RolesManage);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.RolesManage);
    }

    // Roles are few (a dozen built in plus an organization's own), so the list is one page.
    private static async Task<Ok<Page<RoleDto>>> ListAsync(CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var roles = await RoleLookup.Visible(db, access.OrganizationId).AsNoTracking().OrderBy(r => r.OrganizationId != null).ThenBy(r => r.Name).ToListAsync(ct);
        return TypedResults.Ok(new Page<RoleDto>(roles.Select(r => r.ToDto()).ToList(), null));
    }

    private static async Task<Results<Ok<RoleDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var role = await RoleLookup.Visible(db, access.OrganizationId).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return Problems.NotFound("Role");
        }
        ETags.Set(http, role);
        return TypedResults.Ok(role.ToDto());
    }

    private static async Task<Results<Created<RoleDto>, ValidationProblem>> CreateAsync(SaveRoleRequest request, CurrentAccess current, RoleAdministration admin, CancellationToken ct)
    {
        var created = await admin.CreateAsync(await current.RequireAsync(ct), request.Name, request.Description, request.Permissions, ct);
        if (created.Error is { } error)
        {
            return Problems.Fields(error);
        }
        return TypedResults.Created($"/api/v1/roles/{created.Value!.Id}", created.Value.ToDto());
    }

    private static async Task<Results<Ok<RoleDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, SaveRoleRequest request, HttpContext http, CurrentAccess current, RoleAdministration admin, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request.Name, request.Description, request.Permissions, role => ETags.Matches(http, role), ct);
        if (updated.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        ETags.Set(http, updated.Value!);
        return TypedResults.Ok(updated.Value!.ToDto());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, RoleAdministration admin, CancellationToken ct)
    {
        var deleted = await admin.DeleteAsync(await current.RequireAsync(ct), id, ct);
        return deleted.Error is { } error ? Problems.Of(error) : TypedResults.NoContent();
    }
}
