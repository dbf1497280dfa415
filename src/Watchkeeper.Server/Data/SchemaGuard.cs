using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Watchkeeper.Server.Data;

/// <summary>Applies migrations, and refuses a database that a newer Watchkeeper has written.</summary>
public sealed class SchemaGuard(WatchkeeperDb db, ILogger<SchemaGuard> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.IsSqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(db.Database.GetDbConnection().DataSource) ?? ".");
            // Readers keep reading while the single writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await RefuseNewerSchemaAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migrations", pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    public async Task RefuseNewerSchemaAsync(CancellationToken cancellationToken = default)
    {
        var unknown = await UnknownAppliedMigrationsAsync(cancellationToken);
        if (unknown.Count > 0)
        {
            throw new NewerSchemaException(
                $"This database was written by a newer version of Watchkeeper (it has migration {unknown[^1]}, which this version {ServerVersion.Current} does not know). " +
                "Run the newer version, or restore a backup taken with this one.");
        }
    }

    public async Task<bool> IsCurrentAsync(CancellationToken cancellationToken = default) =>
        (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any() is false
        && (await UnknownAppliedMigrationsAsync(cancellationToken)).Count == 0;

    private async Task<List<string>> UnknownAppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        var known = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToHashSet(StringComparer.Ordinal);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        return applied.Where(m => !known.Contains(m)).Order(StringComparer.Ordinal).ToList();
    }
}

public sealed class NewerSchemaException(string message) : Exception(message);
