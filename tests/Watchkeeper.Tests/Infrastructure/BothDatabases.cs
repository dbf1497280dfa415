namespace Watchkeeper.Tests.Infrastructure;

// Each integration test class is abstract over its factory and has one concrete class per
// provider, so every test runs against SQLite and against PostgreSQL:
//
//   public abstract class TeamTests(WatchkeeperFactory factory) { [Fact] … }
//   public sealed class TeamTestsOnSqlite(SqliteFactory f) : TeamTests(f), IClassFixture<SqliteFactory>;
//   public sealed class TeamTestsOnPostgres(PostgresFactory f) : TeamTests(f), IClassFixture<PostgresFactory>;
