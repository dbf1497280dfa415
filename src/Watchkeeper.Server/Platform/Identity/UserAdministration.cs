using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>The rules for an organization's users, shared by the API and the users page.</summary>
public sealed class UserAdministration(WatchkeeperDb db, UserManager<User> users, SessionRevocation sessions, TimeProvider clock)
{
    /// <summary>
    /// The organization's members, optionally only those whose name or e-mail contains <paramref name="search"/>,
    /// who hold the role named <paramref name="role"/>, or who are disabled (or not).
    /// </summary>
    public IQueryable<Membership> Members(Access access, string? search, string? role = null, bool? disabled = null)
    {
        var members = db.Memberships.AsNoTracking().Where(m => m.OrganizationId == access.OrganizationId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var q = search.Trim().ToUpperInvariant();
            members = members.Where(m => m.User.NormalizedEmail!.Contains(q) || m.User.DisplayName.ToUpper().Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(role))
        {
            members = members.Where(m => m.Role.Name == role);
        }
        return disabled is null ? members : members.Where(m => m.User.Disabled == disabled);
    }

    public async Task<Outcome<User>> CreateAsync(Access access, string email, string displayName, string password, long roleId, CancellationToken ct)
    {
        var role = await RoleLookup.FindAssignableAsync(db, access, roleId, ct);
        if (role is null)
        {
            return OperationError.Field("roleId", "No such role in this organization.");
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return OperationError.Field("email", "A user with this e-mail address already exists. Invite them to add them to this organization.");
        }
        var user = new User { UserName = email, Email = email, DisplayName = displayName.Trim(), EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return OperationError.Invalid(IdentityErrors.ToFields(created));
        }
        db.Memberships.Add(new Membership { UserId = user.Id, OrganizationId = access.OrganizationId, RoleId = role.Id, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <param name="matches">The caller's optimistic-concurrency check against the user as stored.</param>
    public async Task<Outcome<Membership>> UpdateAsync(
        Access access, long id, string? displayName, long? roleId, bool? disable, Func<User, bool> matches, CancellationToken ct)
    {
        var membership = await db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == id, ct);
        if (membership is null)
        {
            return OperationError.NotFound("User");
        }
        var user = membership.User;
        if (!matches(user))
        {
            return OperationError.Stale;
        }
        if (id == access.UserId && (disable == true || (roleId is not null && roleId != membership.RoleId)))
        {
            return OperationError.Field(disable == true ? "disabled" : "roleId", "You cannot disable yourself or change your own role; ask another administrator.");
        }
        var endSessions = false;
        if (roleId is { } newRole && newRole != membership.RoleId)
        {
            if (await RoleLookup.FindAssignableAsync(db, access, newRole, ct) is null)
            {
                return OperationError.Field("roleId", "No such role in this organization.");
            }
            membership.RoleId = newRole;
            endSessions = true;
        }
        if (disable is { } disabled && disabled != user.Disabled)
        {
            user.Disabled = disabled;
            endSessions |= disabled;
        }
        if (displayName is { } name)
        {
            user.DisplayName = name.Trim();
        }
        if (endSessions)
        {
            await sessions.EndAllAsync(user, disable == true ? "disabled" : "role changed");
        }
        await db.SaveChangesAsync(ct);
        return membership;
    }

    /// <summary>Removes the user from this organization; the account itself stays for its other organizations.</summary>
    public async Task<Outcome<Done>> RemoveAsync(Access access, long id, CancellationToken ct)
    {
        if (id == access.UserId)
        {
            return OperationError.Field("id", "You cannot remove yourself from the organization.");
        }
        var membership = await db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == id, ct);
        if (membership is null)
        {
            return OperationError.NotFound("User");
        }
        db.Memberships.Remove(membership);
        await db.TeamMembers.Where(t => t.UserId == id && db.Teams.Any(team => team.Id == t.TeamId && team.OrganizationId == access.OrganizationId)).ExecuteDeleteAsync(ct);
        await sessions.EndAllAsync(membership.User, "removed from organization");
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    public async Task<Outcome<Done>> EndSessionsAsync(Access access, long id, CancellationToken ct)
    {
        var user = await db.Memberships.Where(m => m.OrganizationId == access.OrganizationId && m.UserId == id).Select(m => m.User).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return OperationError.NotFound("User");
        }
        await sessions.EndAllAsync(user, "ended by an administrator");
        return Done.Value;
    }
}
