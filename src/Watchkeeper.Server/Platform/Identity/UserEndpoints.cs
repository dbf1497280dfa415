using Microsoft.AspNetCore.Http.HttpResults;
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
        [AsParameters] ListQuery query, string? role, bool? disabled, CurrentAccess current, UserAdministration admin, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var members = admin.Members(access, query.Q, role, disabled);
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
        CreateUserRequest request, CurrentAccess current, UserAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var created = await admin.CreateAsync(access, request.Email, request.DisplayName, request.Password, request.RoleId!.Value, ct);
        if (created.Error is { } error)
        {
            return Problems.Fields(error);
        }
        var user = created.Value!;
        var dto = await db.Memberships.AsNoTracking().Where(m => m.UserId == user.Id && m.OrganizationId == access.OrganizationId)
            .Select(PlatformMapping.MemberToDto).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/users/{user.Id}", dto);
    }

    private static async Task<Results<Ok<UserDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, UpdateUserRequest request, HttpContext http, CurrentAccess current, UserAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request.DisplayName, request.RoleId, request.Disabled, user => ETags.Matches(http, user), ct);
        if (updated.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        var dto = await db.Memberships.AsNoTracking().Where(m => m.Id == updated.Value!.Id).Select(PlatformMapping.MemberToDto).SingleAsync(ct);
        http.Response.Headers.ETag = ETags.Of(dto.Version);
        return TypedResults.Ok(dto);
    }

    /// <summary>Removes the user from this organization; the account itself stays for its other organizations.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveAsync(long id, CurrentAccess current, UserAdministration admin, CancellationToken ct)
    {
        var removed = await admin.RemoveAsync(await current.RequireAsync(ct), id, ct);
        if (removed.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EndSessionsAsync(long id, CurrentAccess current, UserAdministration admin, CancellationToken ct)
    {
        var ended = await admin.EndSessionsAsync(await current.RequireAsync(ct), id, ct);
        return ended.Error is { } error ? Problems.Of(error) : TypedResults.NoContent();
    }
}
