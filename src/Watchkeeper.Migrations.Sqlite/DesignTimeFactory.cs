using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the model for this provider without starting the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WatchkeeperDb>
{
    public WatchkeeperDb CreateDbContext(string[] args)
    {
        var options = new ServerOptions { Database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" } };
        var builder = new DbContextOptionsBuilder<WatchkeeperDb>();
        DataModule.Configure(builder, options);
        return new WatchkeeperDb(builder.Options);
    }
}
