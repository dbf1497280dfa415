using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Organizations;

namespace Watchkeeper.Server.Components.Session;

/// <summary>What the frame around the pages shows: who is signed in, where, and which pages they may open.</summary>
public sealed record ShellInfo(long UserId, string DisplayName, string Email, Access? Access, IReadOnlyList<Organization> Organizations)
{
    public static async Task<ShellInfo?> LoadAsync(WatchkeeperDb db, long userId, Access? access)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync();
        if (user is null)
        {
            return null;
        }
        var organizations = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => m.Organization).OrderBy(o => o.Name).ToListAsync();
        return new ShellInfo(userId, user.DisplayName, user.Email ?? "", access, organizations);
    }

    public bool MayOpen(AppPage page) => Access is not null && page.Allows(Access);
}
