using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>Checks that what a network object points at exists in the same organization; another's is "not found".</summary>
internal static class NetworkReferences
{
    public static async Task CheckVrfAsync(WatchkeeperDb db, long organizationId, long? vrfId, FieldErrors errors, CancellationToken ct)
    {
        if (vrfId is { } id && !await db.Vrfs.AnyAsync(v => v.Id == id && v.OrganizationId == organizationId, ct))
        {
            errors.Add("vrfId", "No VRF with that id exists in this organization.");
        }
    }

    public static async Task CheckSiteAsync(WatchkeeperDb db, long organizationId, long? siteId, FieldErrors errors, CancellationToken ct)
    {
        if (siteId is { } id && !await db.Sites.AnyAsync(s => s.Id == id && s.OrganizationId == organizationId, ct))
        {
            errors.Add("siteId", "No site with that id exists in this organization.");
        }
    }
}
