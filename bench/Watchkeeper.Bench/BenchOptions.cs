using System.Globalization;
using Npgsql;
using Watchkeeper.Testing;

namespace Watchkeeper.Bench;

/// <summary>The benchmark's command line; every run is bounded by these numbers.</summary>
public sealed record BenchOptions(
    string Suite, int Entries, int Items, int Rows, int DurationSeconds, int WarmupSeconds, int Connections, int Runs, string? Postgres)
{
    public const string PlatformName = "platform";
    public const string InventoryName = "inventory";
    public const string ImportName = "import";

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Watchkeeper.Bench -- [platform|inventory|import] [options]

          platform          start-up, memory and the audit list (the default)
          inventory         an estate of configuration items: lists, impact, search, map
          import            a CSV of devices through the import endpoint: dry run, create, unchanged, update
          --entries N       audit entries to seed for platform (default 100000)
          --items N         configuration items to seed for inventory, in regions of 10000 (default 100000)
          --rows N          rows in the import file (default 10000)
          --duration S      seconds of measured load per list variant (default 10)
          --warmup S        seconds of unmeasured load before each variant (default 3)
          --connections N   concurrent clients (default 16)
          --runs N          server starts per cold-start measurement (default 5)
          --postgres CS     also run on PostgreSQL; CS is an admin connection string to a loopback
                            server (default: $WATCHKEEPER_TEST_POSTGRES); a database is created per run
        """;

    public static BenchOptions Parse(string[] args)
    {
        var suite = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : PlatformName;
        if (suite is not (PlatformName or InventoryName or ImportName))
        {
            throw new ArgumentException($"Unknown benchmark '{suite}'.");
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = suite == args.ElementAtOrDefault(0) ? 1 : 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value', got '{args[i]}'.");
            }
            values[args[i][2..]] = args[i + 1];
        }
        var unknown = values.Keys.Except(["entries", "items", "rows", "duration", "warmup", "connections", "runs", "postgres"]).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown option --{unknown[0]}.");
        }
        int Number(string name, int fallback, int max) =>
            !values.TryGetValue(name, out var text) ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n
            : throw new ArgumentException($"--{name} must be a whole number from 1 to {max}.");
        var postgres = values.GetValueOrDefault("postgres") ?? Environment.GetEnvironmentVariable(TestPostgres.Variable);
        var items = Number("items", 100_000, 1_000_000);
        if (items % Bench.Inventory.EstateRegion.Size != 0)
        {
            throw new ArgumentException($"--items must be a multiple of {Bench.Inventory.EstateRegion.Size}.");
        }
        return new BenchOptions(suite,
            Number("entries", 100_000, 10_000_000), items, Number("rows", 10_000, 1_000_000), Number("duration", 10, 600), Number("warmup", 3, 60),
            Number("connections", 16, 1024), Number("runs", 5, 50), LoopbackOnly(string.IsNullOrWhiteSpace(postgres) ? null : postgres));
    }

    // The benchmark puts load only on this machine: a remote database would measure the network and burden someone else's server.
    private static string? LoopbackOnly(string? connectionString)
    {
        if (connectionString is null)
        {
            return null;
        }
        var host = new NpgsqlConnectionStringBuilder(connectionString).Host ?? "";
        return host is "127.0.0.1" or "::1" or "localhost" || host.StartsWith('/')
            ? connectionString
            : throw new ArgumentException($"--postgres must point at a loopback server (127.0.0.1, ::1, localhost or a socket directory), not '{host}'.");
    }
}
