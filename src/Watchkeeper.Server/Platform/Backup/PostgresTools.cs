using System.Diagnostics;
using Npgsql;
using Watchkeeper.Server.Hosting;

namespace Watchkeeper.Server.Platform.Backup;

/// <summary>Runs pg_dump and pg_restore with arguments as a list and the password in the environment, never on a command line.</summary>
public static class PostgresTools
{
    public static Task DumpAsync(string connectionString, string file, CancellationToken ct) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", $"--file={file}"], ct);

    public static async Task RestoreAsync(string connectionString, string file, CancellationToken ct)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
            if ((long)(await command.ExecuteScalarAsync(ct))! > 0)
            {
                throw new CommandException("The target database is not empty. Restore into an empty database.");
            }
        }
        await RunAsync("pg_restore", connectionString, ["--no-owner", "--no-privileges", "--exit-on-error", file], ct, withDatabaseFlag: true);
    }

    private static async Task RunAsync(string tool, string connectionString, string[] arguments, CancellationToken ct, bool withDatabaseFlag = false)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(FindTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PGHOST"] = builder.Host;
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = builder.Username;
        start.Environment["PGDATABASE"] = builder.Database;
        if (builder.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }
        if (withDatabaseFlag)
        {
            start.ArgumentList.Add($"--dbname={builder.Database}");
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new CommandException($"Could not start {tool}.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new CommandException($"{tool} failed (exit {process.ExitCode}): {(await errors).Trim()}");
        }
    }

    /// <summary>Debian's versioned folders, newest first (pg_dump must not be older than the server), then PATH.</summary>
    private static string FindTool(string tool)
    {
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool)).Where(File.Exists);
        return versioned.Concat(onPath).FirstOrDefault()
            ?? throw new CommandException($"{tool} was not found. Install the PostgreSQL client tools (Debian: postgresql-client).");
    }
}
