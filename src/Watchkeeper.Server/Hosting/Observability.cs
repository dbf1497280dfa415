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
            // A message template, so the plain console prints "TraceId:…" and JSON gets a TraceId field.
            using (logger.BeginScope("TraceId:{TraceId}", traceId))
            {
                try
                {
                    await next(context);
                }
                finally
                {
                    if (!context.Request.Path.StartsWithSegments("/_blazor") && !context.Request.Path.StartsWithSegments("/healthz"))
                    {
                        var elapsed = Stopwatch.GetElapsedTime(started);
                        logger.Log(RequestLogLevel(context.Response.StatusCode, elapsed), "{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms",
                            context.Request.Method, context.Request.Path, context.Response.StatusCode, elapsed.TotalMilliseconds);
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

    /// <summary>
    /// Successful requests only at Debug: /metrics counts them, and a console line for each one made
    /// the console logger's full queue block requests under load. Failures and slow requests stay visible.
    /// </summary>
    public static LogLevel RequestLogLevel(int statusCode, TimeSpan elapsed) =>
        statusCode >= 500 || elapsed >= SlowRequest ? LogLevel.Warning
        : statusCode >= 400 ? LogLevel.Information
        : LogLevel.Debug;

    private static readonly TimeSpan SlowRequest = TimeSpan.FromSeconds(1);

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
