using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>An inventory type as import and export see it, whatever its entity and request types.</summary>
public interface ITransferType
{
    /// <summary>The type as URLs and the <c>type</c> option name it: <c>devices</c>, <c>vlan-groups</c>.</summary>
    string Name { get; }

    /// <summary>The natural key columns, in the order rows are matched against existing objects.</summary>
    IReadOnlyList<string[]> Keys { get; }

    Task<ITransferSession> OpenAsync(IServiceProvider services, long organizationId, CancellationToken ct);
}

/// <summary>
/// One inventory type's descriptor: which rows it has, how an entity reads as its request, its
/// natural key and its references. Everything else — formats, matching, the engine — is shared.
/// </summary>
public abstract class TransferType<TEntity, TRequest, TAdmin> : ITransferType
    where TEntity : class, IOrganizationOwned
    where TAdmin : InventoryAdministration<TEntity, TRequest>
{
    public abstract string Name { get; }

    public abstract IReadOnlyList<string[]> Keys { get; }

    /// <summary>The kind whose custom fields become <c>cf.key</c> columns; null for types without custom fields.</summary>
    public virtual CiKind? ItemKind => null;

    public virtual IReadOnlyList<TransferReference> References => [];

    /// <summary>Request fields that files do not carry (lists of ids that have their own endpoints).</summary>
    public virtual IReadOnlySet<string> Ignored => new HashSet<string>();

    /// <summary>The organization's rows, with what <see cref="ToRequest"/> reads.</summary>
    public abstract IQueryable<TEntity> Rows(WatchkeeperDb db, long organizationId);

    /// <summary>The request that would make the entity as it is now.</summary>
    public abstract TRequest ToRequest(TEntity entity);

    /// <summary>The rows an export writes; types whose list endpoint takes filters apply the same ones here.</summary>
    public virtual Task<IQueryable<TEntity>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct) =>
        Task.FromResult<IQueryable<TEntity>?>(Rows(db, organizationId));

    public async Task<ITransferSession> OpenAsync(IServiceProvider services, long organizationId, CancellationToken ct)
    {
        var db = services.GetRequiredService<WatchkeeperDb>();
        var indexes = new List<ReferenceIndex>();
        foreach (var reference in References)
        {
            indexes.Add(await reference.LoadAsync(db, organizationId, ct));
        }
        var customFieldKeys = ItemKind is { } kind
            ? await db.CustomFields.AsNoTracking().Where(f => f.OrganizationId == organizationId && f.ItemKind == kind).OrderBy(f => f.Key).Select(f => f.Key).ToListAsync(ct)
            : [];
        return new TransferSession<TEntity, TRequest, TAdmin>(this, services, organizationId, new RequestColumns<TRequest>(indexes, Ignored, customFieldKeys));
    }
}
