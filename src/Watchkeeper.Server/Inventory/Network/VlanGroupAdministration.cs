using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>VLAN groups: the rules shared by the API and the pages.</summary>
public sealed class VlanGroupAdministration(WatchkeeperDb db) : InventoryAdministration<VlanGroup, VlanGroupRequest>(db)
{
    public override string Noun => "VLAN group";

    protected override VlanGroup New(long organizationId) => new() { OrganizationId = organizationId, Name = "" };

    protected override async Task<string?> StillUsedAsync(VlanGroup group, CancellationToken ct) =>
        await Db.Vlans.CountAsync(v => v.GroupId == group.Id, ct) is > 0 and var vlans ? $"The group still holds {vlans} VLAN(s). Move or delete them first." : null;

    protected override async Task<OperationError?> ApplyAsync(VlanGroup group, VlanGroupRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        if (await Db.VlanGroups.AnyAsync(g => g.OrganizationId == group.OrganizationId && g.Name == name && g.Id != group.Id, ct))
        {
            errors.Add("name", $"A VLAN group named '{name}' already exists.");
        }
        await NetworkReferences.CheckSiteAsync(Db, group.OrganizationId, request.SiteId, errors, ct);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        (group.Name, group.SiteId, group.Description) = (name, request.SiteId, InventoryText.Optional(request.Description));
        return null;
    }
}
