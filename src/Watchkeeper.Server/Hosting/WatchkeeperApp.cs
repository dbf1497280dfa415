using Watchkeeper.Server.Api;
using Watchkeeper.Server.Components;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Data.Cluster;
using Watchkeeper.Server.Data.Outbox;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Monitoring;
using Watchkeeper.Server.Monitoring.Heartbeats;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Secrets;
using Watchkeeper.Server.Platform.Setup;

namespace Watchkeeper.Server.Hosting;

/// <summary>Builds the one server: every module's Add…/Map… in one place.</summary>
public static class WatchkeeperApp
{
    public static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--data-dir"] = "DataDirectory",
        ["--database"] = "Database:Provider",
        ["--connection-string"] = "Database:ConnectionString",
        ["--urls"] = "urls",
        ["--public-url"] = "PublicUrl",
        ["--log-format"] = "Log:Format",
        ["--metrics-token"] = "Metrics:Token",
    };

    /// <summary>The server with its HTTP pipeline, ready to run.</summary>
    public static WebApplication Build(string[] args)
    {
        var app = BuildServices(args);
        UsePipeline(app);
        return app;
    }

    /// <summary>The services alone: what the maintenance commands (migrate, backup, audit verify …) need.</summary>
    public static WebApplication BuildServices(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("WATCHKEEPER_");
        builder.Configuration.AddCommandLine(args, SwitchMappings);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(ServerDefaults.Url);
        }

        // Run from the build output (tests, `dotnet run`), the UI's files are found through the
        // static web assets manifest; a published server has them in wwwroot and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        var options = builder.Configuration.Get<ServerOptions>() ?? new ServerOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddObservability();
        builder.Services.AddData(options);
        builder.Services.AddClusterSignals(options);
        builder.Services.AddKeyProtection(options);
        builder.Services.AddApi(options);
        builder.Services.AddPlatform(options);
        builder.Services.AddInventory();
        builder.Services.AddMonitoring();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHostedService<OutboxDispatcher>();
        builder.Services.AddUi();

        return builder.Build();
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseObservability();
        app.UseSecurityHeaders();
        app.UseApi();
        app.UseNotFoundPage();
        app.UseAuthentication();
        app.UseAuditActor();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapHealth();
        var api = app.MapGroup("/api/v1");
        api.MapPlatform();
        api.MapInventory();
        api.MapMonitoring();
        // Jobs ping at the short paths other tools use (healthchecks' /ping, Uptime Kuma's /api/push), outside /api/v1.
        app.MapHeartbeatIntake();
        app.MapApiReference();
        app.MapUi();
    }
}
