using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Platform.Teams;

/// <summary>Teams: the rules shared by the API and the teams page.</summary>
public sealed class TeamAdministration(WatchkeeperDb db, TimeProvider clock)
{
    public async Task<Outcome<Team>> CreateAsync(Access access, string name, string? description, long? leadUserId, IReadOnlyList<long> memberIds, CancellationToken ct)
    {
        var team = new Team { OrganizationId = access.OrganizationId, Name = name.Trim(), Description = description, CreatedAt = clock.GetUtcNow() };
        if (await ApplyAsync(team, name, leadUserId, memberIds, ct) is { } error)
        {
            return error;
        }
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return team;
    }

    /// <summary>Null leaves a field as it is; a lead of 0 removes the lead.</summary>
    /// <param name="matches">The caller's optimistic-concurrency check against the team as stored.</param>
    public async Task<Outcome<Team>> UpdateAsync(
        Access access, long id, string? name, string? description, long? leadUserId, IReadOnlyList<long>? memberIds, Func<Team, bool> matches, CancellationToken ct)
    {
        var team = await db.Teams.Include(t => t.Members).SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == access.OrganizationId, ct);
        if (team is null)
        {
            return OperationError.NotFound("Team");
        }
        if (!matches(team))
        {
            return OperationError.Stale;
        }
        var lead = leadUserId switch { null => team.LeadUserId, 0 => null, var given => given };
        var members = memberIds ?? team.Members.Select(m => m.UserId).ToList();
        if (await ApplyAsync(team, name, lead, members, ct) is { } error)
        {
            return error;
        }
        if (description is not null)
        {
            team.Description = description.Length == 0 ? null : description;
        }
        // Membership lives in its own table; touching the version makes the change visible to If-Match.
        db.Entry(team).Property(t => t.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return team;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == access.OrganizationId, ct);
        if (team is null)
        {
            return OperationError.NotFound("Team");
        }
        db.Teams.Remove(team);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<OperationError?> ApplyAsync(Team team, string? name, long? leadUserId, IReadOnlyList<long> memberIds, CancellationToken ct)
    {
        if (name is not null)
        {
            var trimmed = name.Trim();
            if (await db.Teams.AnyAsync(t => t.OrganizationId == team.OrganizationId && t.Name == trimmed && t.Id != team.Id, ct))
            {
                return OperationError.Field("name", $"A team named '{trimmed}' already exists.");
            }
            team.Name = trimmed;
        }
        var wanted = memberIds.Concat(leadUserId is { } l ? [l] : []).Distinct().ToList();
        var found = await db.Memberships.Where(m => m.OrganizationId == team.OrganizationId && wanted.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(ct);
        var unknown = wanted.Except(found).ToList();
        if (unknown.Count > 0)
        {
            return OperationError.Field(leadUserId is { } lead && unknown.Contains(lead) ? "leadUserId" : "memberIds",
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
