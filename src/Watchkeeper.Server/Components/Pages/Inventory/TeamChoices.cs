using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>The teams an item can be owned by: those of the caller's organization, by name.</summary>
public static class TeamChoices
{
    public static async Task<IReadOnlyList<NamedRef>> LoadAsync(WatchkeeperDb db, long organizationId) =>
        await db.Teams.AsNoTracking().Where(t => t.OrganizationId == organizationId).OrderBy(t => t.Name).Select(t => new NamedRef(t.Id, t.Name)).ToListAsync();
}
