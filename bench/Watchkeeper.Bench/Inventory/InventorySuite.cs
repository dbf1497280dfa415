using System.Diagnostics;
using Watchkeeper.Testing;

namespace Watchkeeper.Bench.Inventory;

public sealed record InventoryResult(string Database, Estate Estate, double FirstImpactMilliseconds, Spread SinglePointsOfFailure,
    IReadOnlyList<LoadResult> Lists, IReadOnlyList<LoadResult> OneAtATime, double IdleRss, double LoadRss);

/// <summary>
/// The inventory at scale on one database engine: seed the estate with the server stopped, start it, then measure the
/// filtered device lists under concurrent clients and impact, walks, the map and search one request at a time.
/// </summary>
public sealed class InventorySuite(BenchOptions options, string? postgresAdmin)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    public string Database => postgresAdmin is null ? "SQLite" : "PostgreSQL";

    public async Task<InventoryResult> RunAsync(CancellationToken ct)
    {
        var dataDirectory = BenchServer.NewDataDirectory();
        try
        {
            await using var database = await ThrowawayDatabase.CreateAsync(postgresAdmin);
            Administrator admin;
            await using (var setup = await StartAsync(database, dataDirectory))
            {
                admin = await Administrator.CreateAsync(setup, ct);
            }
            var seeder = new EstateSeeder(database.ServerOptions(dataDirectory), admin.OrganizationId, Progress);
            var estate = await seeder.SeedAsync(options.Items / EstateRegion.Size, ct);
            await using var server = await StartAsync(database, dataDirectory);
            await Task.Delay(Idle, ct);
            var idleRss = ProcFs.RssMegabytes(server.ProcessId);
            var firstImpact = await TimeOneAsync(server, admin, $"/api/v1/inventory/items/{estate.CoreSwitches[0]}/impact", ct);
            Progress($"first impact request (loads the graph): {firstImpact:0} ms");
            var spof = await SinglePointsOfFailureAsync(server, admin, ct);
            var lists = await MeasureAsync(server, admin, options.Connections, InventoryRequests.Lists(estate), ct);
            var oneAtATime = await MeasureAsync(server, admin, 1, InventoryRequests.OneAtATime(estate), ct);
            return new InventoryResult(Database, estate, firstImpact, spof, lists, oneAtATime, idleRss, ProcFs.RssMegabytes(server.ProcessId));
        }
        finally
        {
            BenchServer.DeleteDataDirectory(dataDirectory);
        }
    }

    private async Task<List<LoadResult>> MeasureAsync(ServerProcess server, Administrator admin, int clients,
        IEnumerable<(string Name, Func<string?, long, string> PathFor)> requests, CancellationToken ct)
    {
        using var load = new ListLoad(server, admin.TokenSecret, clients);
        var (warmup, duration) = (TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds));
        var results = new List<LoadResult>();
        foreach (var (name, pathFor) in requests)
        {
            Progress($"load: {name}, {clients} client(s), {options.WarmupSeconds} s warm-up + {options.DurationSeconds} s");
            results.Add(await load.RunPathsAsync(name, pathFor, warmup, duration, ct));
        }
        return results;
    }

    // The whole-estate search is too slow to load continuously; a few runs in a row give its median.
    private async Task<Spread> SinglePointsOfFailureAsync(ServerProcess server, Administrator admin, CancellationToken ct)
    {
        var runs = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            runs.Add(await TimeOneAsync(server, admin, "/api/v1/inventory/single-points-of-failure", ct));
        }
        Progress($"single points of failure: median {Spread.Of(runs).Median:0} ms");
        return Spread.Of(runs);
    }

    private static async Task<double> TimeOneAsync(ServerProcess server, Administrator admin, string path, CancellationToken ct)
    {
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", admin.TokenSecret);
        http.Timeout = TimeSpan.FromMinutes(5);
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        return response.IsSuccessStatusCode
            ? clock.Elapsed.TotalMilliseconds
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
    }

    private async Task<ServerProcess> StartAsync(ThrowawayDatabase database, string dataDirectory)
    {
        var (server, seconds) = await BenchServer.StartAsync(database.ConnectionString, dataDirectory, Progress);
        Progress($"server ready in {seconds:0.00} s");
        return server;
    }

    private void Progress(string message) => Console.Error.WriteLine($"[{Database}] {message}");
}
