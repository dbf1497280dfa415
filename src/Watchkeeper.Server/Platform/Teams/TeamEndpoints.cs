using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Teams;

public static class TeamEndpoints
{
    private static readonly Keyset<Team> Paging = new Keyset<Team>(t => t.Id, "name").Sortable("name", t => t.Name).Sortable("createdAt", t => t.CreatedAt);

    public static readonly Expression<Func<Team, TeamDto>> ToDto = t => new TeamDto(
        t.Id, t.Name, t.Description,
        t.Lead == null ? null : new UserRef(t.Lead.Id, t.Lead.DisplayName, t.Lead.Email!),
        t.Members.OrderBy(m => m.User.DisplayName).Select(m => new UserRef(m.User.Id, m.User.DisplayName, m.User.Email!)).ToList(),
        t.Version);

    public static void MapTeams(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/teams").WithTags("Teams");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.TeamsRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.TeamsRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.TeamsManage);
        group.MapPatch("/{id:long}", UpdateAsync).RequirePermission(Permissions.TeamsManage);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.TeamsManage);
    }

    private static async Task<Results<Ok<Page<TeamDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var teams = db.Teams.AsNoTracking().Where(t => t.OrganizationId == access.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            teams = teams.Where(t => t.Name.ToUpper().Contains(q));
        }
        return TypedResults.Ok(await Paging.PageAsync(teams, query, ToDto, ct));
    }

    private static async Task<Results<Ok<TeamDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == id && t.OrganizationId == access.OrganizationId).Select(ToDto).SingleOrDefaultAsync(ct);
        if (team is null)
        {
            return Problems.NotFound("Team");
        }
        http.Response.Headers.ETag = ETags.Of(team.Version);
        return TypedResults.Ok(team);
    }

    private static async Task<Results<Created<TeamDto>, ValidationProblem>> CreateAsync(CreateTeamRequest request, CurrentAccess current, TeamAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var created = await admin.CreateAsync(await current.RequireAsync(ct), request.Name, request.Description, request.LeadUserId, request.MemberIds ?? [], ct);
        if (created.Error is { } error)
        {
            return Problems.Fields(error);
        }
        var dto = await db.Teams.AsNoTracking().Where(t => t.Id == created.Value!.Id).Select(ToDto).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/teams/{dto.Id}", dto);
    }

    private static async Task<Results<Ok<TeamDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, UpdateTeamRequest request, HttpContext http, CurrentAccess current, TeamAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request.Name, request.Description, request.LeadUserId, request.MemberIds, team => ETags.Matches(http, team), ct);
        if (updated.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        var dto = await db.Teams.AsNoTracking().Where(t => t.Id == id).Select(ToDto).SingleAsync(ct);
        http.Response.Headers.ETag = ETags.Of(dto.Version);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, TeamAdministration admin, CancellationToken ct)
    {
        var deleted = await admin.DeleteAsync(await current.RequireAsync(ct), id, ct);
        return deleted.Error is { } error ? Problems.Of(error) : TypedResults.NoContent();
    }
}
