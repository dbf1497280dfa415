using Npgsql;

namespace Watchkeeper.Server.Data.Cluster;

/// <summary>The connections signals use, apart from EF Core's pool so a waiting listener never holds a pooled one.</summary>
public sealed class PostgresSignalConnection(string connectionString) : IAsyncDisposable
{
    // Keepalive makes a listener on a silently dropped connection notice within a minute and reconnect.
    public NpgsqlDataSource Source { get; } = new NpgsqlDataSourceBuilder(
        new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 30, Enlist = false }.ConnectionString).Build();

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}

/// <summary>Sends a signal with pg_notify; every node listening on the channel, this one included, receives it.</summary>
public sealed class PostgresSignals(PostgresSignalConnection connection) : IClusterSignals
{
    public async Task SendAsync(string channel, string payload, CancellationToken cancellationToken)
    {
        await using var command = connection.Source.CreateCommand("SELECT pg_notify($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = ClusterChannels.Validate(channel) });
        command.Parameters.Add(new NpgsqlParameter { Value = payload });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
