using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>VLAN groups: the rules shared by the API and the pages.</summary>
public sealed class VlanGroupAdministration(WatchkeeperDb db)
{
    public async Task<Outcome<VlanGroup>> CreateAsync(Access access, VlanGroupRequest request, CancellationToken ct)
    {
        var group = new VlanGroup { OrganizationId = access.OrganizationId, Name = "" };
        if (await ApplyAsync(group, request, ct) is { } error)
        {
            return error;
        }
        db.VlanGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    public async Task<Outcome<VlanGroup>> UpdateAsync(Access access, long id, VlanGroupRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var group = await db.VlanGroups.SingleOrDefaultAsync(g => g.Id == id && g.OrganizationId == access.OrganizationId, ct);
        if (group is null)
        {
            return OperationError.NotFound("VLAN group");
        }
        if (!matches(group))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(group, request, ct) is { } error)
        {
            return error;
        }
        await db.SaveChangesAsync(ct);
        return group;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var group = await db.VlanGroups.SingleOrDefaultAsync(g => g.Id == id && g.OrganizationId == access.OrganizationId, ct);
        if (group is null)
        {
            return OperationError.NotFound("VLAN group");
        }
        if (await db.Vlans.CountAsync(v => v.GroupId == id, ct) is > 0 and var vlans)
        {
            return OperationError.Conflict($"The group still holds {vlans} VLAN(s). Move or delete them first.");
        }
        db.VlanGroups.Remove(group);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<OperationError?> ApplyAsync(VlanGroup group, VlanGroupRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        if (await db.VlanGroups.AnyAsync(g => g.OrganizationId == group.OrganizationId && g.Name == name && g.Id != group.Id, ct))
        {
            errors.Add("name", $"A VLAN group named '{name}' already exists.");
        }
        await NetworkReferences.CheckSiteAsync(db, group.OrganizationId, request.SiteId, errors, ct);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        (group.Name, group.SiteId, group.Description) = (name, request.SiteId, InventoryText.Optional(request.Description));
        return null;
    }
}
