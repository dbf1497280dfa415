using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Setup;

namespace Watchkeeper.Server.Hosting;

/// <summary>
/// Before anything else starts: refuse a newer database, apply migrations, seed the built-in
/// roles. Once the server listens: print the one-time setup link if nobody can log in yet.
/// </summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, ILogger<DatabaseStartup> logger) : IHostedLifecycleService
{
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<SchemaGuard>().MigrateAsync(cancellationToken);
        await services.GetRequiredService<PlatformSeeder>().SeedAsync(cancellationToken);
    }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await PrepareAsync(scope.ServiceProvider, cancellationToken);
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<SetupService>();
        if (await setup.NeedsSetupAsync(cancellationToken))
        {
            var link = await setup.CreateLinkAsync(cancellationToken);
            // The link is a credential: it goes to the console only, where the operator who started the server reads it.
            Console.WriteLine($"\nWatchkeeper has no administrator yet. Open this link to create one (valid {SetupService.LinkLifetime.TotalHours:0} hours):\n\n  {link}\n");
            logger.LogInformation("No administrator yet: a one-time setup link was printed to the console");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
