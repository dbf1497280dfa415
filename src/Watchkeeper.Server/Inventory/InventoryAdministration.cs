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

    private Task<TEntity?> FindAsync(Access access, long id, CancellationToken ct) =>
        Rows.SingleOrDefaultAsync(e => e.Id == id && e.OrganizationId == access.OrganizationId, ct);

    private async Task<Outcome<TEntity>> SavedAsync(TEntity entity, CancellationToken ct)
    {
        if (await SaveAsync(entity, ct) is { } error)
        {
            return error;
        }
        return entity;
    }
}
