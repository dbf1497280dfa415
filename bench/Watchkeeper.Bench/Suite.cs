using Watchkeeper.Testing;

namespace Watchkeeper.Bench;

/// <summary>Time to ready over several starts: wall time, and CPU time, which the machine's other work disturbs far less.</summary>
public sealed record StartFigures(Spread Wall, Spread Cpu);

public sealed record SuiteResult(
    string Database, StartFigures Fresh, StartFigures Seeded, Spread IdleRss, double LoadRss, double LoadIdleRss,
    TimeSpan Seeding, AuditVerify Verify, TimeSpan ReadAll, IReadOnlyList<LoadResult> Loads);

/// <summary>Every measurement on one database engine, in the order that builds the state each needs.</summary>
public sealed class Suite(BenchOptions options, string? postgresAdmin)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    public string Database => postgresAdmin is null ? "SQLite" : "PostgreSQL";

    public async Task<SuiteResult> RunAsync(CancellationToken ct)
    {
        var (wall, cpu) = (new List<double>(), new List<double>());
        for (var run = 1; run <= options.Runs; run++)
        {
            var freshDirectory = BenchServer.NewDataDirectory();
            try
            {
                await using var database = await ThrowawayDatabase.CreateAsync(postgresAdmin);
                await using var server = await StartAsync(database, freshDirectory, $"fresh start {run}/{options.Runs}", wall, cpu);
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
            return await SeededAsync(database, dataDirectory, new StartFigures(Spread.Of(wall), Spread.Of(cpu)), ct);
        }
        finally
        {
            BenchServer.DeleteDataDirectory(dataDirectory);
        }
    }

    private async Task<SuiteResult> SeededAsync(ThrowawayDatabase database, string dataDirectory, StartFigures fresh, CancellationToken ct)
    {
        Administrator admin;
        await using (var setup = await StartAsync(database, dataDirectory, "first start, creating the administrator", [], []))
        {
            admin = await Administrator.CreateAsync(setup, ct);
        }
        Progress($"seeding {options.Entries:N0} audit entries");
        var seeding = await AuditSeeder.SeedAsync(database.ServerOptions(dataDirectory), admin, options.Entries, ct);
        var verify = await AuditVerify.RunAsync(dataDirectory, database.ConnectionString, ct);
        Progress($"audit verify: {verify.Message}");

        var (wall, cpu, idle) = (new List<double>(), new List<double>(), new List<double>());
        for (var run = 1; run < options.Runs; run++)
        {
            await using var earlier = await StartAsync(database, dataDirectory, $"seeded start {run}/{options.Runs}", wall, cpu);
            await Task.Delay(Idle, ct);
            idle.Add(ProcFs.RssMegabytes(earlier.ProcessId));
        }
        // The last start stays up for the list load.
        await using var server = await StartAsync(database, dataDirectory, $"seeded start {options.Runs}/{options.Runs}", wall, cpu);
        await Task.Delay(Idle, ct);
        idle.Add(ProcFs.RssMegabytes(server.ProcessId));

        using var load = new ListLoad(server, admin.TokenSecret, options.Connections);
        var (readAll, cursors) = await load.ReadAllAsync(500, ct);
        var loads = await LoadAsync(load, cursors, ct);
        var loadRss = ProcFs.RssMegabytes(server.ProcessId);
        await Task.Delay(Idle, ct);
        return new SuiteResult(Database, fresh, new StartFigures(Spread.Of(wall), Spread.Of(cpu)), Spread.Of(idle), loadRss,
            ProcFs.RssMegabytes(server.ProcessId), seeding, verify, readAll, loads);
    }

    private async Task<List<LoadResult>> LoadAsync(ListLoad load, List<string> cursors, CancellationToken ct)
    {
        // Deep pages: the last tenth of the log, where an OFFSET-style list would have to skip 90k rows.
        // A log of a single page has no cursors; its "deep page" is then the first.
        string?[] deep = cursors.Count == 0 ? [null] : [.. cursors.Skip(cursors.Count * 9 / 10)];
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

    /// <summary>Starts a server and adds its wall and CPU seconds to ready to the given samples.</summary>
    private async Task<ServerProcess> StartAsync(ThrowawayDatabase database, string dataDirectory, string label, List<double> wall, List<double> cpu)
    {
        var (server, seconds) = await BenchServer.StartAsync(database.ConnectionString, dataDirectory, Progress);
        var cpuSeconds = ProcFs.CpuSeconds(server.ProcessId);
        wall.Add(seconds);
        cpu.Add(cpuSeconds);
        Progress($"{label}: ready in {seconds:0.00} s, {cpuSeconds:0.00} s CPU");
        return server;
    }

    private void Progress(string message) => Console.Error.WriteLine($"[{Database}] {message}");
}
