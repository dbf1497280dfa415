using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Secrets;

/// <summary>
/// Data Protection keys live in DATA/keys on SQLite (one node), a folder only the server's user
/// may open, and in the database on PostgreSQL, so that all nodes share one key ring. When a
/// master key is configured (Security:MasterKey, kept outside the data directory and the
/// database, e.g. in the service's environment), the keys are encrypted with it as well, so a
/// copy of the data directory, the database or a backup alone does not reveal stored secrets.
/// </summary>
public static class KeyProtection
{
    public static IServiceCollection AddKeyProtection(this IServiceCollection services, ServerOptions options)
    {
        var protection = services.AddDataProtection().SetApplicationName("Watchkeeper");
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(KeyFolder(options)));
        }
        services.AddSingleton(new MasterKey(options.Security.MasterKey));
        services.AddOptions<KeyManagementOptions>().Configure<MasterKey, IServiceScopeFactory>((o, master, scopes) =>
        {
            if (options.Database.Provider == DatabaseProvider.Postgres)
            {
                o.XmlRepository = new DatabaseKeyRepository(scopes);
            }
            if (master.IsConfigured)
            {
                o.XmlEncryptor = new MasterKeyXmlEncryptor(master);
            }
        });
        services.AddHostedService<KeyFolderPermissions>();
        return services;
    }

    public static string KeyFolder(ServerOptions options) => Path.Combine(options.FullDataDirectory, "keys");

    /// <summary>Creates the data and key folders readable by the server's user only, and warns about unencrypted keys.</summary>
    private sealed class KeyFolderPermissions(ServerOptions options, ILogger<KeyFolderPermissions> logger, MasterKey master) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            Restrict(options.FullDataDirectory);
            if (options.Database.Provider == DatabaseProvider.Sqlite)
            {
                Restrict(KeyFolder(options));
            }
            if (master.IsConfigured)
            {
                return Task.CompletedTask;
            }
            if (options.Database.Provider == DatabaseProvider.Postgres)
            {
                logger.LogWarning("Security:MasterKey is not set: the Data Protection keys are stored in the database in the clear, so anyone who can read the database or a dump of it can read stored secrets and forge sign-in cookies. Set WATCHKEEPER_SECURITY__MASTERKEY (the same on every node) to encrypt them");
            }
            else
            {
                logger.LogWarning("Security:MasterKey is not set: Data Protection keys are protected by file permissions only. Set WATCHKEEPER_SECURITY__MASTERKEY to encrypt them");
            }
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public static void Restrict(string directory)
    {
        Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
