using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Hosting;
using Watchkeeper.Server.Platform.Secrets;

namespace Watchkeeper.Server.Platform.Backup;

/// <summary>
/// Self-backup: one zip with the database (a SQLite online copy via VACUUM INTO, or a pg_dump
/// archive) and the Data Protection keys, without which stored secrets could not be read: the
/// key folder on SQLite; on PostgreSQL the key ring is a table, so the dump carries it.
/// Both are consistent while the server keeps writing.
/// </summary>
public static class Backups
{
    private const string ManifestEntry = "manifest.json";
    private const string SqliteEntry = "watchkeeper.db";
    private const string PostgresEntry = "postgres.dump";

    public sealed record Manifest(int Format, string Version, DatabaseProvider Provider, DateTimeOffset CreatedAt);

    public static async Task<string> CreateAsync(ServerOptions options, string file, CancellationToken ct)
    {
        var target = Path.GetFullPath(file);
        var work = Directory.CreateTempSubdirectory("watchkeeper-backup-");
        try
        {
            var databaseFile = Path.Combine(work.FullName, options.Database.Provider == DatabaseProvider.Sqlite ? SqliteEntry : PostgresEntry);
            if (options.Database.Provider == DatabaseProvider.Sqlite)
            {
                await CopySqliteAsync(options, databaseFile, ct);
            }
            else
            {
                await PostgresTools.DumpAsync(options.Database.ConnectionString!, databaseFile, ct);
            }
            var partial = target + ".partial";
            await using (var zip = await ZipFile.OpenAsync(partial, ZipArchiveMode.Create, ct))
            {
                var manifest = new Manifest(1, ServerVersion.Current, options.Database.Provider, DateTimeOffset.UtcNow);
                await using (var entry = await zip.CreateEntry(ManifestEntry).OpenAsync(ct))
                {
                    await JsonSerializer.SerializeAsync(entry, manifest, JsonSerializerOptions.Web, ct);
                }
                await zip.CreateEntryFromFileAsync(databaseFile, Path.GetFileName(databaseFile), CompressionLevel.Fastest, ct);
                var keys = KeyProtection.KeyFolder(options);
                foreach (var key in Directory.Exists(keys) ? Directory.GetFiles(keys, "*.xml") : [])
                {
                    await zip.CreateEntryFromFileAsync(key, $"keys/{Path.GetFileName(key)}", CompressionLevel.Optimal, ct);
                }
            }
            File.Move(partial, target, overwrite: true);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            return target;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public static async Task RestoreAsync(ServerOptions options, string file, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            throw new CommandException($"No backup file at {file}.");
        }
        await using var zip = await ZipFile.OpenReadAsync(file, ct);
        var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new CommandException("This file is not a Watchkeeper backup (no manifest).");
        Manifest manifest;
        await using (var stream = await manifestEntry.OpenAsync(ct))
        {
            manifest = await JsonSerializer.DeserializeAsync<Manifest>(stream, JsonSerializerOptions.Web, ct)
                ?? throw new CommandException("The backup's manifest is empty.");
        }
        if (manifest.Provider != options.Database.Provider)
        {
            throw new CommandException($"This backup is of a {manifest.Provider} database; the configured provider is {options.Database.Provider}.");
        }
        var keys = KeyProtection.KeyFolder(options);
        if (Directory.Exists(keys) && Directory.EnumerateFileSystemEntries(keys).Any())
        {
            throw new CommandException($"The data directory {options.FullDataDirectory} already has keys. Restore into an empty data directory.");
        }
        KeyProtection.Restrict(options.FullDataDirectory);
        if (manifest.Provider == DatabaseProvider.Sqlite)
        {
            var database = DataModule.SqliteDatabasePath(options);
            if (File.Exists(database))
            {
                throw new CommandException($"{database} exists. Restore into an empty data directory.");
            }
            await zip.GetEntry(SqliteEntry)!.ExtractToFileAsync(database, ct);
        }
        else
        {
            var dump = Path.Combine(Path.GetTempPath(), $"watchkeeper-restore-{Guid.NewGuid():N}.dump");
            try
            {
                await zip.GetEntry(PostgresEntry)!.ExtractToFileAsync(dump, ct);
                await PostgresTools.RestoreAsync(options.Database.ConnectionString!, dump, ct);
            }
            finally
            {
                File.Delete(dump);
            }
        }
        KeyProtection.Restrict(keys);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("keys/", StringComparison.Ordinal) && e.Name.Length > 0))
        {
            await entry.ExtractToFileAsync(Path.Combine(keys, entry.Name), ct);
        }
    }

    private static async Task CopySqliteAsync(ServerOptions options, string destination, CancellationToken ct)
    {
        var source = DataModule.SqliteDatabasePath(options);
        if (!File.Exists(source))
        {
            throw new CommandException($"No database at {source}.");
        }
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 60 }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=60000; VACUUM INTO $destination;";
        command.Parameters.AddWithValue("$destination", destination);
        await command.ExecuteNonQueryAsync(ct);
    }
}
