using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Components.Pages.Admin;

/// <summary>A role offered in a picker; roles granting more than the editor holds are left out, as the API would refuse them.</summary>
public sealed record RoleChoice(long Id, string Name, string? Description)
{
    public static async Task<IReadOnlyList<RoleChoice>> AssignableAsync(UiScope scope)
    {
        var roles = await RoleLookup.Visible(scope.Db, scope.Access.OrganizationId).AsNoTracking()
            .OrderBy(r => r.OrganizationId != null).ThenBy(r => r.Name).ToListAsync();
        return roles.Where(r => RoleLookup.IsAssignable(r, scope.Access)).Select(r => new RoleChoice(r.Id, r.Name, r.Description)).ToList();
    }
}
