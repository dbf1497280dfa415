using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>
/// Upserts a file's rows through the type's Administration, so every rule, field error, audit entry
/// and unique-index guard is the API's. One transaction, committed whole, or rolled back on a dry run
/// or on any row error unless the import is partial. A type with a bulk mode checks rows against
/// facts read once and kept up to date row by row, and its rows are saved a batch at a time; other
/// types save each row as it goes, so the rules of later rows read earlier ones from the database.
/// </summary>
internal sealed class ImportEngine<TEntity, TRequest, TAdmin>(
    TransferType<TEntity, TRequest, TAdmin> type, RequestColumns<TRequest> columns, WatchkeeperDb db, TAdmin admin, Access access)
    where TEntity : class, IOrganizationOwned
    where TAdmin : InventoryAdministration<TEntity, TRequest>
{
    /// <summary>Rows per save in bulk mode, and between change-tracker clears: tracking every saved row would slow each later save.</summary>
    private const int Batch = 500;

    public async Task<ImportResultDto> RunAsync(TransferTable table, ImportOptions options, IProgress<int>? progress, CancellationToken ct)
    {
        var existing = new Dictionary<long, Dictionary<string, string?>>();
        await foreach (var entity in type.Rows(db, access.OrganizationId).AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            existing[entity.Id] = columns.Render(type.ToRequest(entity));
        }
        var keys = new NaturalKeys(type.Keys, existing);
        var written = new HashSet<IEntityType>();
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async attemptCt =>
        {
            db.ChangeTracker.Clear();
            written.Clear();
            var tally = new ImportTally(type.Name, options, table.Rows.Count);
            await using var transaction = await db.Database.BeginTransactionAsync(attemptCt);
            using var bulk = await admin.BeginBulkAsync(access.OrganizationId, attemptCt);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var rows in table.Rows.Chunk(Batch))
            {
                if (bulk is not null)
                {
                    await admin.FetchBatchAsync(access.OrganizationId, [.. rows.Select(r => keys.Match(r.Cells)).OfType<long>()], attemptCt);
                }
                foreach (var row in rows)
                {
                    await ImportRowAsync(row, keys, existing, seen, tally, attemptCt);
                }
                if (bulk is not null)
                {
                    // A unique index refusing the batch means another user saved the same key meanwhile: the import fails whole, as a lost race does through the API.
                    await db.SaveChangesAsync(attemptCt);
                }
                // The tables the rows went to, for AnalyzeAsync: a row saved alone is still tracked here, unchanged.
                written.UnionWith(db.ChangeTracker.Entries().Select(e => e.Metadata));
                db.ChangeTracker.Clear();
                progress?.Report(tally.Done);
            }
            var commit = !options.DryRun && (tally.Failed == 0 || options.Partial);
            if (commit)
            {
                db.RecordEvent("inventory.import", access.OrganizationId, "import", type.Name);
                await db.SaveChangesAsync(attemptCt);
                await transaction.CommitAsync(attemptCt);
            }
            else
            {
                await transaction.RollbackAsync(attemptCt);
            }
            db.ChangeTracker.Clear();
            progress?.Report(table.Rows.Count);
            return tally.Result(commit);
        }, ct);
        if (result.Committed)
        {
            // Not cancelled with the request: the rows are committed, and the statistics should follow them.
            await AnalyzeAsync(written, result.Created + result.Updated, CancellationToken.None);
        }
        return result;
    }

    /// <summary>
    /// PostgreSQL plans queries on row counts its statistics last saw, and autovacuum refreshes them only a while
    /// after a large change: a table an import just filled still looks empty, and the next import's reads of it
    /// (or a list's) then pick plans made for a few rows. Refreshing the statistics of what the import wrote keeps
    /// them right. ANALYZE reads a fixed-size sample, so this costs little however large the table.
    /// </summary>
    private async Task AnalyzeAsync(IEnumerable<IEntityType> written, int rows, CancellationToken ct)
    {
        if (db.IsSqlite || rows < Batch)
        {
            return;
        }
        var tables = written.Select(e => e.GetSchemaQualifiedTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .Select(t => string.Join('.', t.Split('.').Select(part => $"\"{part}\""))).ToList();
        if (tables.Count == 0)
        {
            return; // a bare ANALYZE would read the whole database
        }
        // The names come from the model, never from the file.
        var analyze = "ANALYZE " + string.Join(", ", tables);
        await db.Database.ExecuteSqlRawAsync(analyze, ct);
    }

    private async Task ImportRowAsync(TransferRow row, NaturalKeys keys, Dictionary<long, Dictionary<string, string?>> existing,
        Dictionary<string, int> seen, ImportTally tally, CancellationToken ct)
    {
        var id = keys.Match(row.Cells);
        var key = keys.Display(row.Cells);
        if ((id is { } known ? $"#{known}" : keys.Primary(row.Cells)) is { } identity && !seen.TryAdd(identity, row.Line))
        {
            tally.Fail(row, key, [(type.Keys[0][^1], $"The file already has this {admin.Noun.ToLowerInvariant()} on line {seen[identity]}.")]);
            return;
        }
        var before = id is { } found ? existing[found] : null;
        var merged = new Dictionary<string, string?>(before ?? [], StringComparer.Ordinal);
        foreach (var (column, text) in row.Cells)
        {
            merged[column] = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }
        var errors = new FieldErrors();
        if (columns.Parse(merged, errors) is not { } request || Validate(request, errors))
        {
            tally.Fail(row, key, errors.ToError()!, f => f);
            return;
        }
        var after = columns.Render(request);
        var changed = before is null ? [] : columns.Columns.Where(c => after.GetValueOrDefault(c) != before.GetValueOrDefault(c)).ToList();
        if (before is not null && changed.Count == 0)
        {
            tally.Unchanged();
            return;
        }
        var outcome = id is { } target
            ? (await admin.UpdateAsync(access, target, request, _ => true, ct)).AsDone()
            : (await admin.CreateAsync(access, request, ct)).AsDone();
        if (outcome.Error is { } error)
        {
            tally.Fail(row, key, error, columns.ColumnOfField);
        }
        else if (before is null)
        {
            tally.Created(row, key ?? "");
        }
        else
        {
            tally.Updated(row, key ?? "", changed);
        }
    }

    /// <returns>True when the request breaks its declared limits (the API checks the same attributes before any rule).</returns>
    private bool Validate(TRequest request, FieldErrors errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request!, new ValidationContext(request!), results, validateAllProperties: true);
        foreach (var result in results)
        {
            errors.Add(columns.ColumnOfField(result.MemberNames.FirstOrDefault() ?? ""), result.ErrorMessage ?? "Invalid.");
        }
        return errors.Any;
    }
}
