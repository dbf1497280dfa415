using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Watchkeeper.Server.Components.Pages.Monitoring;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Data.Outbox;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Monitoring.Heartbeats;
using Watchkeeper.Server.Monitoring.Maintenance;
using Watchkeeper.Server.Monitoring.Probes;
using Watchkeeper.Server.Monitoring.Running;

namespace Watchkeeper.Server.Monitoring;

/// <summary>Checks, the scheduler that runs them, the writer that records what they find, and maintenance windows.</summary>
public static class MonitoringModule
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddOptions<MonitoringOptions>().BindConfiguration("Monitoring");
        services.AddSingleton(s => TargetPolicy.From(s.GetRequiredService<IOptions<MonitoringOptions>>().Value));
        services.AddSingleton<HttpProbe>();
        services.AddSingleton<TcpProbe>();
        services.AddSingleton<PingProbe>();
        services.AddSingleton<DnsProbe>();
        services.AddSingleton(s => TrustedCertificates.From(s.GetRequiredService<IOptions<MonitoringOptions>>().Value));
        services.AddSingleton<TlsProbe>();
        services.AddSingleton<CheckRunner>();
        services.AddScoped<CheckTester>();
        services.AddScoped<CheckAdministration>();
        services.AddSingleton<ChecksInFlight>();
        services.AddSingleton<ResultWriter>();
        services.AddHostedService(s => s.GetRequiredService<ResultWriter>());
        services.AddHostedService<CheckScheduler>();
        services.AddScoped<HeartbeatTokens>();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<MonitoringOptions>>((limiter, monitoring) =>
            limiter.AddPolicy(HeartbeatIntake.RateLimit, http => PerToken(http, monitoring.Value.PingsPerMinute)));
        services.AddSingleton<MaintenanceCalendar>();
        services.AddScoped<MaintenanceAdministration>();
        services.AddScoped<MaintenanceQueries>();
        services.AddSingleton<MaintenanceSweeper>();
        services.AddHostedService(s => s.GetRequiredService<MaintenanceSweeper>());
        services.AddItemPanel<ItemChecks>("Checks", order: 5);
        services.AddSingleton<Hosting.IServerMetrics, CheckMetrics>();
        // Known before the first change is published, so events left from a previous run are read after a restart.
        DomainEventTypes.NameOf(typeof(CheckStateChanged));
        return services;
    }

    public static void MapMonitoring(this IEndpointRouteBuilder api)
    {
        var monitoring = api.MapGroup("/monitoring");
        monitoring.MapChecks();
        monitoring.MapMaintenance();
        monitoring.MapHeartbeats();
    }

    // Per token, not per address: many jobs behind one NAT each get their own allowance, and one runaway job cannot starve the others.
    private static RateLimitPartition<string> PerToken(HttpContext http, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(http.Request.RouteValues["token"] as string ?? "", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
