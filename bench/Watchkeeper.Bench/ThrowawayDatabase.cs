using Npgsql;
using Watchkeeper.Server.Data;
using Watchkeeper.Testing;

namespace Watchkeeper.Bench;

/// <summary>
/// The database one server start uses: SQLite inside the data directory (nothing to create), or
/// a new PostgreSQL database on the admin connection, dropped on dispose.
/// </summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly TestPostgres? postgres;

    private ThrowawayDatabase(TestPostgres? postgres)
    {
        this.postgres = postgres;
        // TestPostgres turns pooling off so tests can drop databases; a real server pools, so the benchmark must too.
        ConnectionString = postgres is null ? null : new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Pooling = true }.ToString();
    }

    /// <summary>The server's --connection-string, or null for the embedded SQLite.</summary>
    public string? ConnectionString { get; }

    public static async Task<ThrowawayDatabase> CreateAsync(string? postgresAdmin)
    {
        if (postgresAdmin is null)
        {
            return new ThrowawayDatabase(null);
        }
        // TestPostgres takes its admin connection from the variable test.sh sets; --postgres may have come from the command line instead.
        Environment.SetEnvironmentVariable(TestPostgres.Variable, postgresAdmin);
        return new ThrowawayDatabase(await TestPostgres.CreateAsync());
    }

    /// <summary>The settings a server on this database and data directory reads.</summary>
    public ServerOptions ServerOptions(string dataDirectory) => new()
    {
        DataDirectory = dataDirectory,
        Database = new DatabaseOptions
        {
            Provider = ConnectionString is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres,
            ConnectionString = ConnectionString,
        },
    };

    public ValueTask DisposeAsync() => postgres?.DisposeAsync() ?? ValueTask.CompletedTask;
}
