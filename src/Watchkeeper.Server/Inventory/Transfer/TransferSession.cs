using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>One type opened for one organization: its columns, with the reference names read once.</summary>
public interface ITransferSession
{
    IReadOnlyList<string> Columns { get; }

    /// <summary>The header's columns this type does not have, and the key columns it lacks.</summary>
    (IReadOnlyList<string> Unknown, IReadOnlyList<string> Missing) CheckHeader(IReadOnlyList<string> header);

    Task<ImportResultDto> ImportAsync(Access access, TransferTable table, ImportOptions options, IProgress<int>? progress, CancellationToken ct);

    /// <returns>The rows as cells, or null when the filters are wrong (each problem in <paramref name="errors"/>).</returns>
    Task<IAsyncEnumerable<IReadOnlyDictionary<string, string?>>?> ExportAsync(HttpRequest request, FieldErrors errors, CancellationToken ct);
}

internal sealed class TransferSession<TEntity, TRequest, TAdmin>(
    TransferType<TEntity, TRequest, TAdmin> type, IServiceProvider services, long organizationId, RequestColumns<TRequest> columns) : ITransferSession
    where TEntity : class, IOrganizationOwned
    where TAdmin : InventoryAdministration<TEntity, TRequest>
{
    private WatchkeeperDb Db => services.GetRequiredService<WatchkeeperDb>();

    public IReadOnlyList<string> Columns => columns.Columns;

    public (IReadOnlyList<string> Unknown, IReadOnlyList<string> Missing) CheckHeader(IReadOnlyList<string> header) =>
        ([.. header.Where(h => !columns.Columns.Contains(h, StringComparer.Ordinal))],
         [.. type.Keys[0].Where(k => !header.Contains(k, StringComparer.Ordinal))]);

    public Task<ImportResultDto> ImportAsync(Access access, TransferTable table, ImportOptions options, IProgress<int>? progress, CancellationToken ct) =>
        new ImportEngine<TEntity, TRequest, TAdmin>(type, columns, Db, services.GetRequiredService<TAdmin>(), access).RunAsync(table, options, progress, ct);

    public async Task<IAsyncEnumerable<IReadOnlyDictionary<string, string?>>?> ExportAsync(HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var rows = await type.ExportRowsAsync(Db, organizationId, request, errors, ct);
        return rows is null ? null : Render(rows.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable());
    }

    private async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> Render(IAsyncEnumerable<TEntity> rows)
    {
        await foreach (var entity in rows)
        {
            yield return columns.Render(type.ToRequest(entity));
        }
    }
}
