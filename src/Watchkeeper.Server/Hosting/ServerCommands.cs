using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Setup;

namespace Watchkeeper.Server.Hosting;

/// <summary>
/// The server executable's commands: <c>serve</c> (default), <c>migrate</c>, <c>admin create</c>,
/// <c>backup --out FILE</c>, <c>restore FILE</c>, <c>audit verify</c>, <c>--version</c>.
/// Settings (<c>--data-dir</c>, <c>--database</c>, …) may follow any command.
/// </summary>
public static class ServerCommands
{
    public const string Usage = """
        Usage: watchkeeper [command] [settings]

        Commands:
          serve                 Run the server (the default).
          migrate               Create or upgrade the database, then exit.
          admin create          Print a one-time link that creates an administrator.
          backup --out FILE     Write a consistent backup of the database and keys while the server runs.
          restore FILE          Restore a backup into an empty data directory or database.
          audit verify          Check the audit log's hash chain; exit 1 if it was tampered with.
          --version             Print the version.

        Settings (also from appsettings.json and WATCHKEEPER_* environment variables):
          --data-dir DIR             Data directory (default ./data)
          --database sqlite|postgres Database provider (default sqlite)
          --connection-string CS     PostgreSQL connection string
          --urls URLS                Listen addresses (default http://127.0.0.1:8470)
          --public-url URL           Base URL used in links and e-mails
          --log-format plain|json    Console log format (default plain)
          --metrics-token TOKEN      Bearer token that /metrics requires
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var (command, rest) = Split(args);
        try
        {
            return command switch
            {
                "serve" => await ServeAsync(rest),
                "migrate" => await WithServicesAsync(rest, MigrateAsync),
                "admin create" => await WithServicesAsync(rest, AdminCreateAsync),
                "backup" => await BackupAsync(rest),
                "restore" => await RestoreAsync(rest),
                "audit verify" => await WithServicesAsync(rest, AuditVerifyAsync),
                "--version" or "version" => Print(ServerVersion.Current, 0),
                "--help" or "-h" or "help" => Print(Usage, 0),
                _ => Print($"Unknown command '{command}'.\n\n{Usage}", 2),
            };
        }
        catch (NewerSchemaException ex)
        {
            return Print(ex.Message, 3, error: true);
        }
        catch (CommandException ex)
        {
            return Print(ex.Message, 2, error: true);
        }
    }

    private static (string Command, string[] Remaining) Split(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] != "--version" && args[0] != "--help")
        {
            return ("serve", args);
        }
        if (args.Length >= 2 && (args[0], args[1]) is ("admin", "create") or ("audit", "verify"))
        {
            return ($"{args[0]} {args[1]}", args[2..]);
        }
        return (args[0], args[1..]);
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        var app = WatchkeeperApp.Build(args);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (ex is NewerSchemaException || ex.InnerException is NewerSchemaException)
        {
            return Print((ex as NewerSchemaException ?? ex.InnerException)!.Message, 3, error: true);
        }
    }

    private static async Task<int> WithServicesAsync(string[] args, Func<IServiceProvider, Task<int>> run)
    {
        await using var app = WatchkeeperApp.BuildServices(args);
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }

    private static async Task<int> MigrateAsync(IServiceProvider services)
    {
        await DatabaseStartup.PrepareAsync(services, CancellationToken.None);
        return Print("The database is up to date.", 0);
    }

    private static async Task<int> AdminCreateAsync(IServiceProvider services)
    {
        await DatabaseStartup.PrepareAsync(services, CancellationToken.None);
        var link = await services.GetRequiredService<SetupService>().CreateLinkAsync();
        return Print($"Open this link within {SetupService.LinkLifetime.TotalHours:0} hours to create an administrator:\n\n  {link}\n", 0);
    }

    private static async Task<int> AuditVerifyAsync(IServiceProvider services)
    {
        var result = await AuditChain.VerifyAsync(services.GetRequiredService<WatchkeeperDb>());
        return Print(result.Message, result.Valid ? 0 : 1, error: !result.Valid);
    }

    private static async Task<int> BackupAsync(string[] args)
    {
        var (file, rest) = TakeOption(args, "--out") ?? throw new CommandException("backup needs --out FILE.");
        await using var app = WatchkeeperApp.BuildServices(rest);
        var written = await Platform.Backup.Backups.CreateAsync(app.Services.GetRequiredService<ServerOptions>(), file, CancellationToken.None);
        return Print($"Backup written to {written}.", 0);
    }

    private static async Task<int> RestoreAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CommandException("restore needs the backup FILE.");
        }
        await using var app = WatchkeeperApp.BuildServices(args[1..]);
        await Platform.Backup.Backups.RestoreAsync(app.Services.GetRequiredService<ServerOptions>(), args[0], CancellationToken.None);
        return Print("Restored. Start the server to use the restored data.", 0);
    }

    private static (string Value, string[] Remaining)? TakeOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index < 0 || index + 1 >= args.Length ? null : (args[index + 1], [.. args[..index], .. args[(index + 2)..]]);
    }

    private static int Print(string message, int exitCode, bool error = false)
    {
        (error ? Console.Error : Console.Out).WriteLine(message);
        return exitCode;
    }
}

/// <summary>A command used wrongly or unable to proceed; its message is shown as is.</summary>
public sealed class CommandException(string message) : Exception(message);
