using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Relationships;

namespace Watchkeeper.Server.Inventory.Items;

/// <summary>A type stored as a configuration item plus its own row keyed by the item's id (ADR 0006).</summary>
public interface IItemRow : IOrganizationOwned
{
    ConfigurationItem Item { get; }
}

/// <summary>
/// Changes to a type stored as a configuration item plus its own row: the two are written and
/// removed together, the item carries the version, and a removed item takes its relationships along.
/// </summary>
public abstract class ItemAdministration<TEntity, TRequest>(WatchkeeperDb db, TimeProvider clock)
    : InventoryAdministration<TEntity, TRequest>(db)
    where TEntity : class, IItemRow
{
    protected override IQueryable<TEntity> Rows => Db.Set<TEntity>().Include(nameof(IItemRow.Item));

    protected ConfigurationItem NewItem(long organizationId, CiKind kind) =>
        new() { OrganizationId = organizationId, Kind = kind, Name = "", CreatedAt = clock.GetUtcNow() };

    protected override IVersioned VersionOf(TEntity entity) => entity.Item;

    protected override void Add(TEntity entity)
    {
        Db.Add(entity.Item);
        Db.Add(entity);
    }

    /// <summary>The version lives on the item; a change to the type's own fields alone must still move it.</summary>
    protected override void Changed(TEntity entity) => Db.Entry(entity.Item).Property(i => i.Version).IsModified = true;

    protected override async Task RemoveAsync(TEntity entity, CancellationToken ct)
    {
        await RelationshipAdministration.RemoveAllOfAsync(Db, entity.Id, ct);
        Db.Remove(entity);
        Db.Remove(entity.Item);
    }
}
