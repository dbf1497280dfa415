using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory;

/// <summary>
/// The change pipeline every inventory type shares, so that a type writes only its rules: find the
/// row in the caller's organization, check the version the caller read, apply the request, save;
/// and delete only what nothing still uses. The API and the pages both change data through it.
/// </summary>
public abstract class InventoryAdministration<TEntity, TRequest>(WatchkeeperDb db)
    where TEntity : class, IOrganizationOwned
{
    /// <summary>Rows the engine read for the batch being imported, by id; null outside a bulk import.</summary>
    private Dictionary<long, TEntity>? bulkRows;

    protected WatchkeeperDb Db => db;

    /// <summary>The type as messages name it: "Site", "VLAN group".</summary>
    public abstract string Noun { get; }

    /// <summary>The rows to look in; a type that needs related rows to apply its rules includes them.</summary>
    protected virtual IQueryable<TEntity> Rows => db.Set<TEntity>();

    protected abstract TEntity New(long organizationId);

    /// <summary>Checks the request against the type's rules and, only when it passes, copies it onto the entity.</summary>
    protected abstract Task<OperationError?> ApplyAsync(TEntity entity, TRequest request, CancellationToken ct);

    /// <summary>What still uses the entity, said so the user knows what to move first; null when it may go.</summary>
    protected virtual Task<string?> StillUsedAsync(TEntity entity, CancellationToken ct) => Task.FromResult<string?>(null);

    /// <summary>What carries the version the caller must have read.</summary>
    protected virtual IVersioned VersionOf(TEntity entity) => (IVersioned)entity;

    protected virtual void Add(TEntity entity) => db.Add(entity);

    /// <summary>Called after an update was applied and before it is saved.</summary>
    protected virtual void Changed(TEntity entity)
    {
    }

    protected virtual Task RemoveAsync(TEntity entity, CancellationToken ct)
    {
        db.Remove(entity);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads what the type's rules read into memory, for an import of many rows; false for a type
    /// whose rules read the database, whose rows are then saved one by one.
    /// </summary>
    protected virtual Task<bool> LoadRulesAsync(long organizationId, CancellationToken ct) => Task.FromResult(false);

    /// <summary>Goes back to reading the database.</summary>
    protected virtual void UnloadRules()
    {
    }

    /// <summary>Saves the change; a type whose rule is also guarded by a unique index turns a lost race into a field error here.</summary>
    protected virtual async Task<OperationError?> SaveAsync(TEntity entity, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<Outcome<TEntity>> CreateAsync(Access access, TRequest request, CancellationToken ct)
    {
        var entity = New(access.OrganizationId);
        if (await ApplyAsync(entity, request, ct) is { } error)
        {
            return error;
        }
        Add(entity);
        return await SavedAsync(entity, ct);
    }

    public async Task<Outcome<TEntity>> UpdateAsync(Access access, long id, TRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var entity = await FindAsync(access, id, ct);
        if (entity is null)
        {
            return OperationError.NotFound(Noun);
        }
        if (!matches(VersionOf(entity)))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(entity, request, ct) is { } error)
        {
            return error;
        }
        Changed(entity);
        return await SavedAsync(entity, ct);
    }

    /// <summary>
    /// Bulk mode, for the import engine: the rules read from memory, rows to update come from
    /// <see cref="FetchBatchAsync"/> and changes are left for the engine to save a batch at a time,
    /// all under the same rules as one change. Null when the type has no bulk mode. Dispose to end it.
    /// </summary>
    public async Task<IDisposable?> BeginBulkAsync(long organizationId, CancellationToken ct)
    {
        if (!await LoadRulesAsync(organizationId, ct))
        {
            return null;
        }
        bulkRows = [];
        return new BulkMode(this);
    }

    /// <summary>Reads the rows the next batch will update in one query.</summary>
    public async Task FetchBatchAsync(long organizationId, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        bulkRows = await Rows.Where(e => e.OrganizationId == organizationId && ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var entity = await FindAsync(access, id, ct);
        if (entity is null)
        {
            return OperationError.NotFound(Noun);
        }
        if (await StillUsedAsync(entity, ct) is { } reason)
        {
            return OperationError.Conflict(reason);
        }
        await RemoveAsync(entity, ct);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<TEntity?> FindAsync(Access access, long id, CancellationToken ct) =>
        bulkRows?.GetValueOrDefault(id) ?? await Rows.SingleOrDefaultAsync(e => e.Id == id && e.OrganizationId == access.OrganizationId, ct);

    private async Task<Outcome<TEntity>> SavedAsync(TEntity entity, CancellationToken ct)
    {
        if (bulkRows is null && await SaveAsync(entity, ct) is { } error)
        {
            return error;
        }
        return entity;
    }

    private sealed class BulkMode(InventoryAdministration<TEntity, TRequest> administration) : IDisposable
    {
        public void Dispose()
        {
            administration.bulkRows = null;
            administration.UnloadRules();
        }
    }
}
