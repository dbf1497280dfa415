using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Platform.Roles;

public static class RoleLookup
{
    /// <summary>The roles usable in the caller's organization: the built-in ones and its own.</summary>
    public static IQueryable<Role> Visible(WatchkeeperDb db, long organizationId) =>
        db.Roles.Where(r => r.OrganizationId == null || r.OrganizationId == organizationId);

    /// <summary>
    /// A role the caller may hand out: visible here, and granting nothing the caller lacks —
    /// otherwise a user manager could make anyone, themselves included, an administrator.
    /// </summary>
    public static async Task<Role?> FindAssignableAsync(WatchkeeperDb db, Access access, long roleId, CancellationToken ct)
    {
        var role = await Visible(db, access.OrganizationId).SingleOrDefaultAsync(r => r.Id == roleId, ct);
        return role is not null && IsAssignable(role, access) ? role : null;
    }

    public static bool IsAssignable(Role role, Access access) => role.Permissions.All(access.Has);
}
