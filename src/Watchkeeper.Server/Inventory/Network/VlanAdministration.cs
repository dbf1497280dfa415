using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>VLANs: the rules shared by the API and the pages.</summary>
public sealed class VlanAdministration(WatchkeeperDb db) : InventoryAdministration<Vlan, VlanRequest>(db)
{
    public override string Noun => "VLAN";

    protected override Vlan New(long organizationId) => new() { OrganizationId = organizationId, Name = "" };

    protected override async Task<OperationError?> ApplyAsync(Vlan vlan, VlanRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.Vid is < 1 or > 4094)
        {
            errors.Add("vid", "A VLAN id is 1 to 4094 (0 and 4095 are reserved by 802.1Q).");
        }
        if (request.GroupId is { } groupId)
        {
            var group = await Db.VlanGroups.Where(g => g.Id == groupId && g.OrganizationId == vlan.OrganizationId).Select(g => g.Name).SingleOrDefaultAsync(ct);
            if (group is null)
            {
                errors.Add("groupId", "No VLAN group with that id exists in this organization.");
            }
            else if (await Db.Vlans.AnyAsync(v => v.GroupId == groupId && v.Vid == request.Vid && v.Id != vlan.Id, ct))
            {
                errors.Add("vid", Taken(request.Vid, group));
            }
        }
        await NetworkReferences.CheckSiteAsync(Db, vlan.OrganizationId, request.SiteId, errors, ct);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        (vlan.Vid, vlan.Name, vlan.GroupId, vlan.SiteId, vlan.Status) = (request.Vid, request.Name.Trim(), request.GroupId, request.SiteId, request.Status);
        vlan.Description = InventoryText.Optional(request.Description);
        return null;
    }

    /// <summary>The check above can pass for two requests at once; the unique index on group and VID refuses the second, said on the field.</summary>
    protected override async Task<OperationError?> SaveAsync(Vlan vlan, CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && vlan.GroupId is { } groupId)
        {
            Db.ChangeTracker.Clear();
            var group = await Db.VlanGroups.Where(g => g.Id == groupId).Select(g => g.Name).SingleAsync(ct);
            return OperationError.Field("vid", Taken(vlan.Vid, group));
        }
    }

    // Names the group, because the message is also read in an import's row errors and a CLI's output, far from the group.
    private static string Taken(int vid, string group) => $"VLAN {vid} already exists in group {group}.";
}
