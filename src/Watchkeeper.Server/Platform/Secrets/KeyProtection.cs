using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Secrets;

/// <summary>
/// Data Protection keys live in DATA/keys, a folder only the server's user may open. When a
/// master key is configured (Security:MasterKey, kept outside the data directory, e.g. in the
/// service's environment), the key files are encrypted with it as well, so a copy of the data
/// directory or a backup alone does not reveal stored secrets.
/// </summary>
public static class KeyProtection
{
    public static IServiceCollection AddKeyProtection(this IServiceCollection services, ServerOptions options)
    {
        var keys = new DirectoryInfo(Path.Combine(options.FullDataDirectory, "keys"));
        services.AddDataProtection().SetApplicationName("Watchkeeper").PersistKeysToFileSystem(keys);
        services.AddSingleton(new MasterKey(options.Security.MasterKey));
        services.AddOptions<KeyManagementOptions>().Configure<MasterKey>((o, master) =>
        {
            if (master.IsConfigured)
            {
                o.XmlEncryptor = new MasterKeyXmlEncryptor(master);
            }
        });
        services.AddHostedService<KeyFolderPermissions>();
        return services;
    }

    /// <summary>Creates the data and key folders readable by the server's user only.</summary>
    private sealed class KeyFolderPermissions(ServerOptions options, ILogger<KeyFolderPermissions> logger, MasterKey master) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            Restrict(options.FullDataDirectory);
            Restrict(Path.Combine(options.FullDataDirectory, "keys"));
            if (!master.IsConfigured)
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
