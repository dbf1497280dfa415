using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Server.Platform.Setup;
using Watchkeeper.Server.Platform.Tokens;

namespace Watchkeeper.Server.Platform.Identity;

public static class InvitationEndpoints
{
    private static readonly Keyset<Invitation> Paging = new Keyset<Invitation>(i => i.Id, "-createdAt").Sortable("createdAt", i => i.CreatedAt).Sortable("email", i => i.Email);

    private static readonly Expression<Func<Invitation, InvitationDto>> ToDto = i =>
        new InvitationDto(i.Id, i.Email, new RoleRef(i.Role.Id, i.Role.Name), i.ExpiresAt, i.AcceptedAt, null);

    public static void MapInvitations(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/invitations").WithTags("Users");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.UsersRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.UsersManage);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.UsersManage);
        group.MapPost("/accept", AcceptAsync).AllowAnonymous().RequireRateLimiting(RateLimits.Login);
    }

    private static async Task<Results<Ok<Page<InvitationDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, bool? pending, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var invitations = db.Invitations.AsNoTracking().Where(i => i.OrganizationId == access.OrganizationId);
        if (pending == true)
        {
            invitations = invitations.Where(i => i.AcceptedAt == null);
        }
        return TypedResults.Ok(await Paging.PageAsync(invitations, query, ToDto, ct));
    }

    /// <summary>
    /// Invites a new colleague. Someone who already has an account (in another organization)
    /// is added straight away: there is nothing for them to set up.
    /// </summary>
    private static async Task<Results<Created<InvitationDto>, Ok<UserDto>, ValidationProblem>> CreateAsync(
        CreateInvitationRequest request, CurrentAccess current, WatchkeeperDb db, UserManager<User> users, PublicUrls urls, TimeProvider clock, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var role = await RoleLookup.FindAssignableAsync(db, access, request.RoleId!.Value, ct);
        if (role is null)
        {
            return Problems.Field("roleId", "No such role in this organization, or it grants more than you hold.");
        }
        var email = request.Email.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (await db.Memberships.AnyAsync(m => m.UserId == existing.Id && m.OrganizationId == access.OrganizationId, ct))
            {
                return Problems.Field("email", "This person is already a member of the organization.");
            }
            db.Memberships.Add(new Membership { UserId = existing.Id, OrganizationId = access.OrganizationId, RoleId = role.Id, CreatedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await db.Memberships.AsNoTracking().Where(m => m.UserId == existing.Id && m.OrganizationId == access.OrganizationId)
                .Select(PlatformMapping.MemberToDto).SingleAsync(ct));
        }
        var secret = TokenSecrets.NewSecret();
        var invitation = new Invitation
        {
            OrganizationId = access.OrganizationId, Email = email, RoleId = role.Id, TokenHash = TokenSecrets.Hash(secret),
            InvitedByUserId = access.UserId ?? 0, CreatedAt = clock.GetUtcNow(), ExpiresAt = clock.GetUtcNow() + InvitationService.Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        var link = urls.To($"/invitation?token={Uri.EscapeDataString(secret)}");
        return TypedResults.Created($"/api/v1/invitations/{invitation.Id}",
            new InvitationDto(invitation.Id, email, new RoleRef(role.Id, role.Name), invitation.ExpiresAt, null, link));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id && i.OrganizationId == access.OrganizationId, ct);
        if (invitation is null)
        {
            return Problems.NotFound("Invitation");
        }
        db.Invitations.Remove(invitation);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<UserRef>, ValidationProblem>> AcceptAsync(AcceptInvitationRequest request, InvitationService invitations, CancellationToken ct)
    {
        var (user, errors) = await invitations.AcceptAsync(request.Token, request.DisplayName, request.Password, ct);
        return user is null ? Problems.Fields(errors) : TypedResults.Created($"/api/v1/users/{user.Id}", user.ToRef());
    }
}
