using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>VLANs: the rules shared by the API and the pages.</summary>
public sealed class VlanAdministration(WatchkeeperDb db)
{
    public async Task<Outcome<Vlan>> CreateAsync(Access access, VlanRequest request, CancellationToken ct)
    {
        var vlan = new Vlan { OrganizationId = access.OrganizationId, Name = "" };
        if (await ApplyAsync(vlan, request, ct) is { } error)
        {
            return error;
        }
        db.Vlans.Add(vlan);
        await db.SaveChangesAsync(ct);
        return vlan;
    }

    public async Task<Outcome<Vlan>> UpdateAsync(Access access, long id, VlanRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var vlan = await db.Vlans.SingleOrDefaultAsync(v => v.Id == id && v.OrganizationId == access.OrganizationId, ct);
        if (vlan is null)
        {
            return OperationError.NotFound("VLAN");
        }
        if (!matches(vlan))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(vlan, request, ct) is { } error)
        {
            return error;
        }
        await db.SaveChangesAsync(ct);
        return vlan;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var vlan = await db.Vlans.SingleOrDefaultAsync(v => v.Id == id && v.OrganizationId == access.OrganizationId, ct);
        if (vlan is null)
        {
            return OperationError.NotFound("VLAN");
        }
        db.Vlans.Remove(vlan);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<OperationError?> ApplyAsync(Vlan vlan, VlanRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.Vid is < 1 or > 4094)
        {
            errors.Add("vid", "A VLAN id is 1 to 4094 (0 and 4095 are reserved by 802.1Q).");
        }
        if (request.GroupId is { } groupId)
        {
            if (!await db.VlanGroups.AnyAsync(g => g.Id == groupId && g.OrganizationId == vlan.OrganizationId, ct))
            {
                errors.Add("groupId", "No VLAN group with that id exists in this organization.");
            }
            else if (await db.Vlans.AnyAsync(v => v.GroupId == groupId && v.Vid == request.Vid && v.Id != vlan.Id, ct))
            {
                errors.Add("vid", $"VLAN {request.Vid} already exists in this group.");
            }
        }
        await NetworkReferences.CheckSiteAsync(db, vlan.OrganizationId, request.SiteId, errors, ct);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        (vlan.Vid, vlan.Name, vlan.GroupId, vlan.SiteId, vlan.Status) = (request.Vid, request.Name.Trim(), request.GroupId, request.SiteId, request.Status);
        vlan.Description = InventoryText.Optional(request.Description);
        return null;
    }
}
