using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Watchkeeper.Server.Data;

public static class DataModule
{
    public const string SqliteMigrations = "Watchkeeper.Migrations.Sqlite";
    public const string PostgresMigrations = "Watchkeeper.Migrations.Postgres";

    public static IServiceCollection AddData(this IServiceCollection services, ServerOptions options)
    {
        MigrationAssemblyLoader.Register();
        services.AddSingleton<SqlitePragmas>();
        services.AddDbContextFactory<WatchkeeperDb>((sp, db) => Configure(db, options, sp.GetRequiredService<SqlitePragmas>()));
        services.AddScoped<SchemaGuard>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, ServerOptions options, SqlitePragmas? pragmas = null)
    {
        if (options.Database.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = options.Database.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is postgres.");
            db.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(PostgresMigrations)
                .EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null));
        }
        else
        {
            db.UseSqlite(SqliteConnectionString(options), sqlite => sqlite.MigrationsAssembly(SqliteMigrations))
              .AddInterceptors(pragmas ?? new SqlitePragmas());
        }
        // Migrate would otherwise build the last migration's snapshot model and diff it against the
        // runtime model on every new database, about a fifth of a first start's CPU. The tests check
        // instead that each provider's migrations match the model (MetricsAndSchemaTests).
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public static string SqliteDatabasePath(ServerOptions options) =>
        Path.Combine(options.FullDataDirectory, "watchkeeper.db");

    public static string SqliteConnectionString(ServerOptions options) =>
        options.Database.ConnectionString ?? new SqliteConnectionStringBuilder
        {
            DataSource = SqliteDatabasePath(options),
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
}
