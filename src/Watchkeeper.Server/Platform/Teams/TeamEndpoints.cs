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

    private static readonly Expression<Func<Team, TeamDto>> ToDto = t => new TeamDto(
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

    private static async Task<Results<Created<TeamDto>, ValidationProblem>> CreateAsync(CreateTeamRequest request, CurrentAccess current, WatchkeeperDb db, TimeProvider clock, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var team = new Team { OrganizationId = access.OrganizationId, Name = request.Name.Trim(), Description = request.Description, CreatedAt = clock.GetUtcNow() };
        if (await ApplyAsync(team, request.Name, request.LeadUserId, request.MemberIds ?? [], db, ct) is { } problem)
        {
            return problem;
        }
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        var dto = await db.Teams.AsNoTracking().Where(t => t.Id == team.Id).Select(ToDto).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/teams/{team.Id}", dto);
    }

    private static async Task<Results<Ok<TeamDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, UpdateTeamRequest request, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var team = await db.Teams.Include(t => t.Members).SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == access.OrganizationId, ct);
        if (team is null)
        {
            return Problems.NotFound("Team");
        }
        if (!ETags.Matches(http, team))
        {
            return Problems.PreconditionFailed();
        }
        var lead = request.LeadUserId switch { null => team.LeadUserId, 0 => null, var given => given };
        var members = request.MemberIds ?? team.Members.Select(m => m.UserId).ToList();
        if (await ApplyAsync(team, request.Name, lead, members, db, ct) is { } problem)
        {
            return problem;
        }
        if (request.Description is not null)
        {
            team.Description = request.Description.Length == 0 ? null : request.Description;
        }
        // Membership lives in its own table; touching the version makes the change visible to If-Match.
        db.Entry(team).Property(t => t.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        var dto = await db.Teams.AsNoTracking().Where(t => t.Id == team.Id).Select(ToDto).SingleAsync(ct);
        http.Response.Headers.ETag = ETags.Of(dto.Version);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == access.OrganizationId, ct);
        if (team is null)
        {
            return Problems.NotFound("Team");
        }
        db.Teams.Remove(team);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> ApplyAsync(Team team, string? name, long? leadUserId, IReadOnlyList<long> memberIds, WatchkeeperDb db, CancellationToken ct)
    {
        if (name is not null)
        {
            var trimmed = name.Trim();
            if (await db.Teams.AnyAsync(t => t.OrganizationId == team.OrganizationId && t.Name == trimmed && t.Id != team.Id, ct))
            {
                return Problems.Field("name", $"A team named '{trimmed}' already exists.");
            }
            team.Name = trimmed;
        }
        var wanted = memberIds.Concat(leadUserId is { } l ? [l] : []).Distinct().ToList();
        var found = await db.Memberships.Where(m => m.OrganizationId == team.OrganizationId && wanted.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(ct);
        var unknown = wanted.Except(found).ToList();
        if (unknown.Count > 0)
        {
            return Problems.Field(leadUserId is { } lead && unknown.Contains(lead) ? "leadUserId" : "memberIds",
                $"Not members of this organization: {string.Join(", ", unknown)}.");
        }
        team.LeadUserId = leadUserId;
        team.Members.RemoveAll(m => !wanted.Contains(m.UserId));
        foreach (var userId in wanted.Where(u => team.Members.All(m => m.UserId != u)))
        {
            team.Members.Add(new TeamMember { UserId = userId });
        }
        return null;
    }
}
