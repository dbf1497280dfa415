using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Components.Pages;

public sealed record Step(string Text, string Why, string Link, bool Done);

/// <summary>The first things an administrator does, ticked off as they happen. Each step is offered only to who may do it.</summary>
public static class GettingStarted
{
    public static async Task<List<Step>> StepsAsync(UiScope scope)
    {
        var access = scope.Access;
        var db = scope.Db;
        var steps = new List<Step>();
        if (access.Has(Permissions.UsersManage))
        {
            var colleagues = await db.Memberships.CountAsync(m => m.OrganizationId == access.OrganizationId) > 1
                || await db.Invitations.AnyAsync(i => i.OrganizationId == access.OrganizationId);
            steps.Add(new("Invite your colleagues", "give each the role for their job", AppPages.Users.Path, colleagues));
        }
        if (access.Has(Permissions.TeamsManage))
        {
            steps.Add(new("Create a team", "on-call schedules and ticket queues are assigned to teams", AppPages.Teams.Path,
                await db.Teams.AnyAsync(t => t.OrganizationId == access.OrganizationId)));
        }
        var secondFactor = await db.Users.Where(u => u.Id == access.UserId).Select(u => u.TwoFactorEnabled).SingleOrDefaultAsync();
        steps.Add(new("Turn on a second factor for your account", "a password alone is easy to steal", "/account/two-factor", secondFactor));
        if (access.Has(Permissions.TokensManage))
        {
            steps.Add(new("Create an API token for automation", "everything in the UI is also in the API", AppPages.Tokens.Path,
                await db.ApiTokens.AnyAsync(t => t.OrganizationId == access.OrganizationId)));
        }
        // Once everything is done the list has served its purpose.
        return steps.All(s => s.Done) ? [] : steps;
    }
}
