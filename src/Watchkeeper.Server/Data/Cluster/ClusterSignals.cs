namespace Watchkeeper.Server.Data.Cluster;

/// <summary>
/// A change signal that reaches every node: a short channel name and a small payload (under
/// 8000 bytes). Delivery is best effort — a node that is reconnecting misses signals — so a
/// reaction must also have a slower backstop (a poll, a revalidation) for what it misses.
/// </summary>
public interface IClusterSignals
{
    Task SendAsync(string channel, string payload, CancellationToken cancellationToken);
}

/// <summary>Reacts, on every node, to the signals of one channel.</summary>
public interface IClusterSignalHandler
{
    string Channel { get; }

    Task HandleAsync(string payload, CancellationToken cancellationToken);
}

public static class ClusterSignalRegistration
{
    /// <summary>PostgreSQL carries signals between nodes (NOTIFY/LISTEN); SQLite has one node, so they stay in-process.</summary>
    public static IServiceCollection AddClusterSignals(this IServiceCollection services, ServerOptions options)
    {
        if (options.Database.Provider == DatabaseProvider.Postgres)
        {
            // Registered through a factory so the container disposes the data source (and its pool) on shutdown.
            services.AddSingleton(_ => new PostgresSignalConnection(options.Database.ConnectionString!));
            services.AddSingleton<IClusterSignals, PostgresSignals>();
            services.AddHostedService<PostgresSignalListener>();
        }
        else
        {
            services.AddSingleton<IClusterSignals, InProcessSignals>();
        }
        return services;
    }

    public static IServiceCollection AddClusterSignalHandler<THandler>(this IServiceCollection services)
        where THandler : class, IClusterSignalHandler =>
        services.AddSingleton<IClusterSignalHandler, THandler>();
}
