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

    private static async Task<Results<Created<RoleDto>, ValidationProblem>> CreateAsync(SaveRoleRequest request, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var role = new Role { OrganizationId = access.OrganizationId, Name = request.Name.Trim() };
        if (await ApplyAsync(role, request, access, db, ct) is { } problem)
        {
            return problem;
        }
        db.Roles.Add(role);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/roles/{role.Id}", role.ToDto());
    }

    private static async Task<Results<Ok<RoleDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, SaveRoleRequest request, HttpContext http, CurrentAccess current, WatchkeeperDb db, SessionRevocation sessions, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var role = await RoleLookup.Visible(db, access.OrganizationId).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return Problems.NotFound("Role");
        }
        if (role.BuiltIn)
        {
            return Problems.Conflict("Built-in roles cannot be changed. Create a custom role instead.");
        }
        if (!ETags.Matches(http, role))
        {
            return Problems.PreconditionFailed();
        }
        if (await ApplyAsync(role, request, access, db, ct) is { } problem)
        {
            return problem;
        }
        // Holders of a changed role get a fresh session so that no live connection keeps old rights.
        var holders = await db.Memberships.Where(m => m.RoleId == role.Id).Select(m => m.User).ToListAsync(ct);
        foreach (var holder in holders)
        {
            await sessions.EndAllAsync(holder, "role changed");
        }
        await db.SaveChangesAsync(ct);
        ETags.Set(http, role);
        return TypedResults.Ok(role.ToDto());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Id == id && r.OrganizationId == access.OrganizationId, ct);
        if (role is null)
        {
            return Problems.NotFound("Role");
        }
        var holders = await db.Memberships.CountAsync(m => m.RoleId == id, ct);
        if (holders > 0)
        {
            return Problems.Conflict($"{holders} user(s) have this role. Give them another role first.");
        }
        db.Roles.Remove(role);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> ApplyAsync(Role role, SaveRoleRequest request, Access access, WatchkeeperDb db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var unknown = request.Permissions.Where(p => !Permissions.IsKnown(p)).ToList();
        if (unknown.Count > 0)
        {
            errors["permissions"] = [$"Unknown permissions: {string.Join(", ", unknown)}. See GET /api/v1/permissions."];
        }
        else if (request.Permissions.Where(p => !access.Has(p)).ToList() is { Count: > 0 } beyond)
        {
            errors["permissions"] = [$"You cannot grant permissions you do not hold: {string.Join(", ", beyond)}."];
        }
        var name = request.Name.Trim();
        if (await RoleLookup.Visible(db, access.OrganizationId).AnyAsync(r => r.Name == name && r.Id != role.Id, ct))
        {
            errors["name"] = [$"A role named '{name}' already exists."];
        }
        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }
        role.Name = name;
        role.Description = request.Description;
        role.Permissions = request.Permissions;
        return null;
    }
}
