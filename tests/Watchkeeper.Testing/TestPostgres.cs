using Npgsql;

namespace Watchkeeper.Testing;

/// <summary>
/// A throwaway database on the PostgreSQL server that ./test.sh starts. The server's admin
/// connection string comes from WATCHKEEPER_TEST_POSTGRES.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    public const string Variable = "WATCHKEEPER_TEST_POSTGRES";

    private readonly string admin;

    private TestPostgres(string admin, string database)
    {
        this.admin = admin;
        Database = database;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString();
    }

    public string Database { get; }

    public string ConnectionString { get; }

    public static bool IsConfigured => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    public static async Task<TestPostgres> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(admin))
        {
            throw new InvalidOperationException($"{Variable} is not set. Run the tests through ./test.sh, which starts a throwaway PostgreSQL.");
        }
        var database = $"wk_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new TestPostgres(admin, database);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
