using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>What a power cord can connect, for the dialog's pickers.</summary>
public static class PowerChoices
{
    /// <summary>Pickers list this many; the API has the rest.</summary>
    private const int Listed = 1000;

    public static async Task<(IReadOnlyList<NamedRef> Devices, IReadOnlyList<NamedRef> Feeds, IReadOnlyList<NamedRef> Suppliers)> LoadAsync(WatchkeeperDb db, long organizationId)
    {
        var devices = db.Devices.AsNoTracking().Where(d => d.OrganizationId == organizationId);
        return (
            await devices.OrderBy(d => d.Item.Name).Take(Listed).Select(d => new NamedRef(d.Id, d.Item.Name)).ToListAsync(),
            await db.PowerFeeds.AsNoTracking().Where(f => f.OrganizationId == organizationId)
                .OrderBy(f => f.Panel.Site.Name).ThenBy(f => f.Panel.Name).ThenBy(f => f.Name).Take(Listed)
                .Select(f => new NamedRef(f.Id, f.Panel.Site.Name + " / " + f.Panel.Name + " / " + f.Name)).ToListAsync(),
            await devices.Where(d => d.Kind == DeviceKind.Pdu || d.Kind == DeviceKind.Ups)
                .OrderBy(d => d.Item.Name).Take(Listed).Select(d => new NamedRef(d.Id, d.Item.Name)).ToListAsync());
    }
}
