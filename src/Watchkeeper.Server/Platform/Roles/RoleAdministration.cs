using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Identity;

namespace Watchkeeper.Server.Platform.Roles;

/// <summary>Custom roles: the rules shared by the API and the roles page.</summary>
public sealed class RoleAdministration(WatchkeeperDb db, SessionRevocation sessions)
{
    public async Task<Outcome<Role>> CreateAsync(Access access, string name, string? description, IReadOnlyList<string> permissions, CancellationToken ct)
    {
        var role = new Role { OrganizationId = access.OrganizationId, Name = name.Trim() };
        if (await ApplyAsync(role, name, description, permissions, access, ct) is { } error)
        {
            return error;
        }
        db.Roles.Add(role);
        await db.SaveChangesAsync(ct);
        return role;
    }

    /// <param name="matches">The caller's optimistic-concurrency check against the role as stored.</param>
    public async Task<Outcome<Role>> UpdateAsync(
        Access access, long id, string name, string? description, IReadOnlyList<string> permissions, Func<Role, bool> matches, CancellationToken ct)
    {
        var role = await RoleLookup.Visible(db, access.OrganizationId).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return OperationError.NotFound("Role");
        }
        if (role.BuiltIn)
        {
            return OperationError.Conflict("Built-in roles cannot be changed. Create a custom role instead.");
        }
        if (!matches(role))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(role, name, description, permissions, access, ct) is { } error)
        {
            return error;
        }
        // Holders of a changed role get a fresh session so that no live connection keeps old rights.
        var holders = await db.Memberships.Where(m => m.RoleId == role.Id).Select(m => m.User).ToListAsync(ct);
        foreach (var holder in holders)
        {
            await sessions.EndAllAsync(holder, "role changed");
        }
        await db.SaveChangesAsync(ct);
        return role;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Id == id && r.OrganizationId == access.OrganizationId, ct);
        if (role is null)
        {
            return OperationError.NotFound("Role");
        }
        var holders = await db.Memberships.CountAsync(m => m.RoleId == id, ct);
        if (holders > 0)
        {
            return OperationError.Conflict($"{holders} user(s) have this role. Give them another role first.");
        }
        db.Roles.Remove(role);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<OperationError?> ApplyAsync(Role role, string name, string? description, IReadOnlyList<string> permissions, Access access, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var unknown = permissions.Where(p => !Permissions.IsKnown(p)).ToList();
        if (unknown.Count > 0)
        {
            errors["permissions"] = [$"Unknown permissions: {string.Join(", ", unknown)}. See GET /api/v1/permissions."];
        }
        else if (permissions.Where(p => !access.Has(p)).ToList() is { Count: > 0 } beyond)
        {
            errors["permissions"] = [$"You cannot grant permissions you do not hold: {string.Join(", ", beyond)}."];
        }
        var trimmed = name.Trim();
        if (await RoleLookup.Visible(db, access.OrganizationId).AnyAsync(r => r.Name == trimmed && r.Id != role.Id, ct))
        {
            errors["name"] = [$"A role named '{trimmed}' already exists."];
        }
        if (errors.Count > 0)
        {
            return OperationError.Invalid(errors);
        }
        role.Name = trimmed;
        role.Description = description;
        role.Permissions = permissions;
        return null;
    }
}
