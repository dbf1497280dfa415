using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Identity;

public static class InvitationEndpoints
{
    private static readonly Keyset<Invitation> Paging = new Keyset<Invitation>(i => i.Id, "-createdAt").Sortable("createdAt", i => i.CreatedAt).Sortable("email", i => i.Email);

    public static readonly Expression<Func<Invitation, InvitationDto>> ToDto = i =>
        new InvitationDto(i.Id, i.Email, new RoleRef(i.Role.Id, i.Role.Name), i.ExpiresAt, i.AcceptedAt, null);

    public static void MapInvitations(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/invitations").WithTags("Users");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.UsersRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.UsersManage);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.UsersManage);
        group.MapPost("/{id:long}/link", NewLinkAsync).RequirePermission(Permissions.UsersManage);
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
        CreateInvitationRequest request, CurrentAccess current, InvitationService invitations, WatchkeeperDb db, CancellationToken ct)
    {
        var created = await invitations.CreateAsync(await current.RequireAsync(ct), request.Email, request.RoleId!.Value, ct);
        if (created.Error is { } error)
        {
            return Problems.Fields(error);
        }
        var (invitation, _, link, membership, role) = created.Value!;
        if (membership is not null)
        {
            return TypedResults.Ok(await db.Memberships.AsNoTracking().Where(m => m.Id == membership.Id).Select(PlatformMapping.MemberToDto).SingleAsync(ct));
        }
        return TypedResults.Created($"/api/v1/invitations/{invitation!.Id}",
            new InvitationDto(invitation.Id, invitation.Email, new RoleRef(role.Id, role.Name), invitation.ExpiresAt, null, link));
    }

    /// <summary>Replaces a pending invitation's link (the old one stops working): the secret is stored only as a hash.</summary>
    private static async Task<Results<Ok<InvitationDto>, ProblemHttpResult>> NewLinkAsync(long id, CurrentAccess current, InvitationService invitations, CancellationToken ct)
    {
        var renewed = await invitations.NewLinkAsync(await current.RequireAsync(ct), id, ct);
        if (renewed.Error is { } error)
        {
            return Problems.Of(error);
        }
        var (invitation, _, link, _, role) = renewed.Value!;
        return TypedResults.Ok(new InvitationDto(invitation!.Id, invitation.Email, new RoleRef(role.Id, role.Name), invitation.ExpiresAt, null, link));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, InvitationService invitations, CancellationToken ct)
    {
        var cancelled = await invitations.CancelAsync(await current.RequireAsync(ct), id, ct);
        return cancelled.Error is { } error ? Problems.Of(error) : TypedResults.NoContent();
    }

    private static async Task<Results<Created<UserRef>, ValidationProblem>> AcceptAsync(AcceptInvitationRequest request, InvitationService invitations, CancellationToken ct)
    {
        var (user, errors) = await invitations.AcceptAsync(request.Token, request.DisplayName, request.Password, ct);
        return user is null ? Problems.Fields(errors) : TypedResults.Created($"/api/v1/users/{user.Id}", user.ToRef());
    }
}
