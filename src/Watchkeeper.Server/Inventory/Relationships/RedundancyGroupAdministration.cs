using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Relationships;

/// <summary>Redundancy groups: a configuration item and its group row, written together.</summary>
public sealed class RedundancyGroupAdministration(WatchkeeperDb db, TimeProvider clock) : ItemAdministration<RedundancyGroup, RedundancyGroupRequest>(db, clock)
{
    public override string Noun => "Redundancy group";

    protected override RedundancyGroup New(long organizationId)
    {
        var item = NewItem(organizationId, CiKind.RedundancyGroup);
        item.Status = LifecycleStatus.Active;
        return new() { Item = item, OrganizationId = organizationId };
    }

    protected override async Task<OperationError?> ApplyAsync(RedundancyGroup group, RedundancyGroupRequest request, CancellationToken ct)
    {
        var name = request.Name.Trim();
        var taken = await Db.ConfigurationItems.AnyAsync(
            i => i.OrganizationId == group.OrganizationId && i.Kind == CiKind.RedundancyGroup && i.Name == name && i.Id != group.Id, ct);
        var errors = new FieldErrors();
        if (taken)
        {
            errors.Add("name", $"A redundancy group named '{name}' already exists.");
        }
        if (request.MinimumHealthy < 1)
        {
            errors.Add("minimumHealthy", "At least one member must be required to work.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        group.Item.Name = name;
        group.Item.Description = InventoryText.Optional(request.Description);
        group.MinimumHealthy = request.MinimumHealthy;
        return null;
    }
}
