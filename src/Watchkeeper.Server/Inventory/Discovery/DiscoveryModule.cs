using Watchkeeper.Server.Inventory.Discovery.Findings;
using Watchkeeper.Server.Inventory.Discovery.Jobs;
using Watchkeeper.Server.Inventory.Discovery.Runs;

namespace Watchkeeper.Server.Inventory.Discovery;

/// <summary>Discovery jobs, their runs and the review queue.</summary>
public static class DiscoveryModule
{
    public static IServiceCollection AddDiscovery(this IServiceCollection services)
    {
        services.AddOptions<DiscoveryOptions>().BindConfiguration("Discovery");
        services.AddScoped<DiscoveryJobAdministration>();
        services.AddScoped<DiscoveryRunStarter>();
        services.AddScoped<DiscoveryRunExecution>();
        services.AddScoped<FindingQueue>();
        services.AddScoped<FindingAcceptance>();
        services.AddScoped<FindingReview>();
        services.AddSingleton<DiscoveryRunQueue>();
        services.AddHostedService<DiscoveryRunWorker>();
        services.AddSingleton<DiscoveryScheduler>();
        services.AddHostedService(s => s.GetRequiredService<DiscoveryScheduler>());
        return services;
    }

    public static void MapDiscovery(this IEndpointRouteBuilder inventory)
    {
        inventory.MapDiscoveryJobs();
        inventory.MapDiscoveryRuns();
        inventory.MapDiscoveryFindings();
    }
}
