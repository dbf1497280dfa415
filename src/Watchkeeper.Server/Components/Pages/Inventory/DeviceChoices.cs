using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>What the device form offers to pick from, all of the caller's organization.</summary>
public sealed record DeviceChoices(IReadOnlyList<NamedRef> Teams, IReadOnlyList<NamedRef> Types, IReadOnlyList<NamedRef> Sites, IReadOnlyList<(long SiteId, NamedRef Rack)> Racks)
{
    public static DeviceChoices None { get; } = new([], [], [], []);

    public static async Task<DeviceChoices> LoadAsync(WatchkeeperDb db, long organizationId) => new(
        await TeamChoices.LoadAsync(db, organizationId),
        await db.DeviceTypes.AsNoTracking().Where(t => t.OrganizationId == organizationId).OrderBy(t => t.Manufacturer).ThenBy(t => t.Model)
            .Select(t => new NamedRef(t.Id, t.Manufacturer + " " + t.Model + " (" + t.HeightU + "U)")).ToListAsync(),
        await db.Sites.AsNoTracking().Where(s => s.OrganizationId == organizationId).OrderBy(s => s.Name).Select(s => new NamedRef(s.Id, s.Name)).ToListAsync(),
        (await db.Racks.AsNoTracking().Where(r => r.OrganizationId == organizationId).OrderBy(r => r.Name)
            .Select(r => new { r.SiteId, r.Id, r.Name }).ToListAsync()).Select(r => (r.SiteId, new NamedRef(r.Id, r.Name))).ToList());
}
