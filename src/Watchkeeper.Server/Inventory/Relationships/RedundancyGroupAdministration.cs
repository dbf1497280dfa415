using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Relationships;

/// <summary>Redundancy groups: a configuration item and its group row, written together.</summary>
public sealed class RedundancyGroupAdministration(WatchkeeperDb db, TimeProvider clock)
{
    public async Task<Outcome<RedundancyGroup>> CreateAsync(Access access, RedundancyGroupRequest request, CancellationToken ct)
    {
        var item = new ConfigurationItem
        {
            OrganizationId = access.OrganizationId, Kind = CiKind.RedundancyGroup, Name = "", Status = LifecycleStatus.Active, CreatedAt = clock.GetUtcNow(),
        };
        var group = new RedundancyGroup { Item = item, OrganizationId = access.OrganizationId };
        if (await ApplyAsync(group, request, ct) is { } error)
        {
            return error;
        }
        db.ConfigurationItems.Add(item);
        db.RedundancyGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    public async Task<Outcome<RedundancyGroup>> UpdateAsync(Access access, long id, RedundancyGroupRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var group = await FindAsync(access, id, ct);
        if (group is null)
        {
            return OperationError.NotFound("Redundancy group");
        }
        if (!matches(group.Item))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(group, request, ct) is { } error)
        {
            return error;
        }
        db.Entry(group.Item).Property(i => i.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return group;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var group = await FindAsync(access, id, ct);
        if (group is null)
        {
            return OperationError.NotFound("Redundancy group");
        }
        await RelationshipAdministration.RemoveAllOfAsync(db, id, ct);
        db.RedundancyGroups.Remove(group);
        db.ConfigurationItems.Remove(group.Item);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private Task<RedundancyGroup?> FindAsync(Access access, long id, CancellationToken ct) =>
        db.RedundancyGroups.Include(g => g.Item).SingleOrDefaultAsync(g => g.Id == id && g.OrganizationId == access.OrganizationId, ct);

    private async Task<OperationError?> ApplyAsync(RedundancyGroup group, RedundancyGroupRequest request, CancellationToken ct)
    {
        var name = request.Name.Trim();
        var taken = await db.ConfigurationItems.AnyAsync(
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
