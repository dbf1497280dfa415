using Watchkeeper.Testing;

namespace Watchkeeper.Bench;

public sealed record SuiteResult(
    string Database, Spread FreshStart, Spread SeededStart, Spread IdleRss, double LoadRss, double LoadIdleRss,
    TimeSpan Seeding, AuditVerify Verify, TimeSpan ReadAll, IReadOnlyList<LoadResult> Loads);

/// <summary>Every measurement on one database engine, in the order that builds the state each needs.</summary>
public sealed class Suite(BenchOptions options, string? postgresAdmin)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    public string Database => postgresAdmin is null ? "SQLite" : "PostgreSQL";

    public async Task<SuiteResult> RunAsync(CancellationToken ct)
    {
        var fresh = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var freshDirectory = BenchServer.NewDataDirectory();
            try
            {
                await using var database = await ThrowawayDatabase.CreateAsync(postgresAdmin);
                var (server, seconds) = await StartAsync(database, freshDirectory, $"fresh start {run}/{options.Runs}");
                await server.DisposeAsync();
                fresh.Add(seconds);
            }
            finally
            {
                BenchServer.DeleteDataDirectory(freshDirectory);
            }
        }
        var dataDirectory = BenchServer.NewDataDirectory();
        try
        {
            await using var database = await ThrowawayDatabase.CreateAsync(postgresAdmin);
            return await SeededAsync(database, dataDirectory, fresh, ct);
        }
        finally
        {
            BenchServer.DeleteDataDirectory(dataDirectory);
        }
    }

    private async Task<SuiteResult> SeededAsync(ThrowawayDatabase database, string dataDirectory, List<double> fresh, CancellationToken ct)
    {
        Administrator admin;
        var (setup, _) = await StartAsync(database, dataDirectory, "first start, creating the administrator");
        await using (setup)
        {
            admin = await Administrator.CreateAsync(setup, ct);
        }
        Progress($"seeding {options.Entries:N0} audit entries");
        var seeding = await AuditSeeder.SeedAsync(database.ServerOptions(dataDirectory), admin, options.Entries, ct);
        var verify = await AuditVerify.RunAsync(dataDirectory, database.ConnectionString, ct);
        Progress($"audit verify: {verify.Message}");

        var (seeded, idle) = (new List<double>(), new List<double>());
        ServerProcess? server = null;
        try
        {
            for (var run = 1; run <= options.Runs; run++)
            {
                if (server is not null)
                {
                    await server.DisposeAsync();
                }
                (server, var seconds) = await StartAsync(database, dataDirectory, $"seeded start {run}/{options.Runs}");
                seeded.Add(seconds);
                await Task.Delay(Idle, ct);
                idle.Add(ProcFs.RssMegabytes(server!.ProcessId));
            }
            using var load = new ListLoad(server!.BaseUrl, admin.TokenSecret, options.Connections);
            var (readAll, cursors) = await load.ReadAllAsync(500, ct);
            var loads = await LoadAsync(load, cursors, ct);
            var loadRss = ProcFs.RssMegabytes(server.ProcessId);
            await Task.Delay(Idle, ct);
            return new SuiteResult(Database, Spread.Of(fresh), Spread.Of(seeded), Spread.Of(idle), loadRss,
                ProcFs.RssMegabytes(server.ProcessId), seeding, verify, readAll, loads);
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    private async Task<List<LoadResult>> LoadAsync(ListLoad load, List<string> cursors, CancellationToken ct)
    {
        // Deep pages: the last tenth of the log, where an OFFSET-style list would have to skip 90k rows.
        var deep = cursors.Skip(cursors.Count * 9 / 10).ToArray();
        var (warmup, duration) = (TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds));
        var variants = new (string Name, Func<string?, long, string?> CursorFor)[]
        {
            ("first page", (_, _) => null),
            ("walk pages", (next, _) => next),
            ("deep page", (_, n) => deep[n % deep.Length]),
        };
        var results = new List<LoadResult>();
        foreach (var (name, cursorFor) in variants)
        {
            Progress($"load: {name}, {options.Connections} clients, {options.WarmupSeconds} s warm-up + {options.DurationSeconds} s");
            results.Add(await load.RunAsync(name, cursorFor, warmup, duration, ct));
        }
        return results;
    }

    private async Task<(ServerProcess Server, double Seconds)> StartAsync(ThrowawayDatabase database, string dataDirectory, string label)
    {
        var (server, seconds) = await BenchServer.StartAsync(database.ConnectionString, dataDirectory, Progress);
        Progress($"{label}: ready in {seconds:0.00} s");
        return (server, seconds);
    }

    private void Progress(string message) => Console.Error.WriteLine($"[{Database}] {message}");
}
