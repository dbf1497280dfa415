using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Identity;

public static class UserEndpoints
{
    private static readonly Keyset<Membership> Paging = new Keyset<Membership>(m => m.UserId, "displayName")
        .Sortable("displayName", m => m.User.DisplayName)
        .Sortable("email", m => m.User.Email!)
        .Sortable("createdAt", m => m.User.CreatedAt);

    public static void MapUsers(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.UsersRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.UsersRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.UsersManage);
        group.MapPatch("/{id:long}", UpdateAsync).RequirePermission(Permissions.UsersManage);
        group.MapDelete("/{id:long}", RemoveAsync).RequirePermission(Permissions.UsersManage);
        group.MapPost("/{id:long}/sessions/end", EndSessionsAsync).RequirePermission(Permissions.UsersManage);
    }

    private static async Task<Results<Ok<Page<UserDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, string? role, bool? disabled, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var members = db.Memberships.AsNoTracking().Where(m => m.OrganizationId == access.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            members = members.Where(m => m.User.NormalizedEmail!.Contains(q) || m.User.DisplayName.ToUpper().Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(role))
        {
            members = members.Where(m => m.Role.Name == role);
        }
        if (disabled is not null)
        {
            members = members.Where(m => m.User.Disabled == disabled);
        }
        return TypedResults.Ok(await Paging.PageAsync(members, query, PlatformMapping.MemberToDto, ct));
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var user = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == access.OrganizationId && m.UserId == id)
            .Select(PlatformMapping.MemberToDto).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return Problems.NotFound("User");
        }
        http.Response.Headers.ETag = ETags.Of(user.Version);
        return TypedResults.Ok(user);
    }

    private static async Task<Results<Created<UserDto>, ValidationProblem>> CreateAsync(
        CreateUserRequest request, CurrentAccess current, UserManager<User> users, WatchkeeperDb db, TimeProvider clock, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var role = await RoleLookup.FindAssignableAsync(db, access, request.RoleId!.Value, ct);
        if (role is null)
        {
            return Problems.Field("roleId", "No such role in this organization.");
        }
        if (await users.FindByEmailAsync(request.Email) is not null)
        {
            return Problems.Field("email", "A user with this e-mail address already exists. Invite them to add them to this organization.");
        }
        var user = new User { UserName = request.Email, Email = request.Email, DisplayName = request.DisplayName.Trim(), EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return Problems.Fields(IdentityErrors.ToFields(created));
        }
        db.Memberships.Add(new Membership { UserId = user.Id, OrganizationId = access.OrganizationId, RoleId = role.Id, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        var dto = await db.Memberships.AsNoTracking().Where(m => m.UserId == user.Id && m.OrganizationId == access.OrganizationId)
            .Select(PlatformMapping.MemberToDto).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/users/{user.Id}", dto);
    }

    private static async Task<Results<Ok<UserDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, UpdateUserRequest request, HttpContext http, CurrentAccess current, WatchkeeperDb db, SessionRevocation sessions, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var membership = await db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == id, ct);
        if (membership is null)
        {
            return Problems.NotFound("User");
        }
        var user = membership.User;
        if (!ETags.Matches(http, user))
        {
            return Problems.PreconditionFailed();
        }
        if (id == access.UserId && (request.Disabled == true || (request.RoleId is not null && request.RoleId != membership.RoleId)))
        {
            return Problems.Field(request.Disabled == true ? "disabled" : "roleId", "You cannot disable yourself or change your own role; ask another administrator.");
        }
        var endSessions = false;
        if (request.RoleId is { } roleId && roleId != membership.RoleId)
        {
            if (await RoleLookup.FindAssignableAsync(db, access, roleId, ct) is null)
            {
                return Problems.Field("roleId", "No such role in this organization.");
            }
            membership.RoleId = roleId;
            endSessions = true;
        }
        if (request.Disabled is { } disabled && disabled != user.Disabled)
        {
            user.Disabled = disabled;
            endSessions |= disabled;
        }
        if (request.DisplayName is { } name)
        {
            user.DisplayName = name.Trim();
        }
        if (endSessions)
        {
            await sessions.EndAllAsync(user, request.Disabled == true ? "disabled" : "role changed");
        }
        await db.SaveChangesAsync(ct);
        var dto = await db.Memberships.AsNoTracking().Where(m => m.Id == membership.Id).Select(PlatformMapping.MemberToDto).SingleAsync(ct);
        http.Response.Headers.ETag = ETags.Of(dto.Version);
        return TypedResults.Ok(dto);
    }

    /// <summary>Removes the user from this organization; the account itself stays for its other organizations.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveAsync(
        long id, CurrentAccess current, WatchkeeperDb db, SessionRevocation sessions, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        if (id == access.UserId)
        {
            return Problems.Field("id", "You cannot remove yourself from the organization.");
        }
        var membership = await db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == id, ct);
        if (membership is null)
        {
            return Problems.NotFound("User");
        }
        db.Memberships.Remove(membership);
        await db.TeamMembers.Where(t => t.UserId == id && db.Teams.Any(team => team.Id == t.TeamId && team.OrganizationId == access.OrganizationId)).ExecuteDeleteAsync(ct);
        await sessions.EndAllAsync(membership.User, "removed from organization");
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EndSessionsAsync(long id, CurrentAccess current, WatchkeeperDb db, SessionRevocation sessions, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var user = await db.Memberships.Where(m => m.OrganizationId == access.OrganizationId && m.UserId == id).Select(m => m.User).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return Problems.NotFound("User");
        }
        await sessions.EndAllAsync(user, "ended by an administrator");
        return TypedResults.NoContent();
    }
}
