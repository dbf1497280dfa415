using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Prometheus;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Hosting;

/// <summary>Console logs (plain or JSON), request logs with trace ids, /healthz, /readyz and /metrics.</summary>
public static class Observability
{
    public static void AddObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["Log:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.IncludeScopes = true;
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
            });
        }
        builder.Services.AddSingleton<WatchkeeperMetrics>();
    }

    public static void UseObservability(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Watchkeeper.Requests");
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var traceId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            using (logger.BeginScope(new Dictionary<string, object> { ["TraceId"] = traceId }))
            {
                try
                {
                    await next(context);
                }
                finally
                {
                    if (!context.Request.Path.StartsWithSegments("/_blazor") && !context.Request.Path.StartsWithSegments("/healthz"))
                    {
                        logger.LogInformation("{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms", context.Request.Method, context.Request.Path,
                            context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            }
        });
        app.Services.GetRequiredService<WatchkeeperMetrics>().Register();
        app.UseHttpMetrics(o => o.SetMetricFactory(Prometheus.Metrics.WithCustomRegistry(app.Services.GetRequiredService<WatchkeeperMetrics>().Registry)));
        app.Map("/metrics", metrics =>
        {
            metrics.Use(MetricsAccess.CheckAsync);
            metrics.UseMetricServer(s => s.Registry = app.Services.GetRequiredService<WatchkeeperMetrics>().Registry, url: null);
        });
    }

    public static void MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", () => TypedResults.Text("ok")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/readyz", ReadyAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<Results<Ok<Readiness>, JsonHttpResult<Readiness>>> ReadyAsync(SchemaGuard schema, WatchkeeperDb db, CancellationToken ct)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(ct))
            {
                return TypedResults.Json(new Readiness("unavailable", "The database cannot be reached."), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            return await schema.IsCurrentAsync(ct)
                ? TypedResults.Ok(new Readiness("ready", null))
                : TypedResults.Json(new Readiness("unavailable", "Database migrations are not applied."), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return TypedResults.Json(new Readiness("unavailable", "The database cannot be reached."), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    public sealed record Readiness(string Status, string? Reason);
}
