namespace Watchkeeper.Bench.Inventory;

/// <summary>Prints the inventory benchmark as Markdown tables, one column per database, ready for docs/benchmarks.md.</summary>
public static class InventoryTable
{
    private const double ListTargetMilliseconds = 100;
    private const double ImpactTargetMilliseconds = 100;

    public static void Print(BenchOptions options, IReadOnlyList<InventoryResult> results, string machine)
    {
        var estate = results[0].Estate;
        Console.WriteLine($"Watchkeeper inventory benchmark: {estate.Items:N0} configuration items, {estate.Relationships:N0} relationships, " +
            $"{options.Connections} clients for lists, 1 for the rest, {options.WarmupSeconds} s warm-up + {options.DurationSeconds} s per request, " +
            $"{Environment.ProcessorCount} cores, {machine}.");
        Console.WriteLine();
        Row(["measure", "target", .. results.Select(r => r.Database)]);
        Row(["---", "---", .. results.Select(_ => "---")]);
        Row(["seed the estate through the server's DbContext (audited, 2,000 rows per transaction)", "",
            .. results.Select(r => $"{r.Estate.Seeding.TotalSeconds:0} s ({(r.Estate.Items + r.Estate.Relationships) / r.Estate.Seeding.TotalSeconds:N0} rows/s)")]);
        Row(["worst filtered device list, p95", $"< {ListTargetMilliseconds} ms", .. results.Select(r => Worst(r.Lists, ListTargetMilliseconds))]);
        // The API lists the worst 1,000 affected items unless asked for more; the second row asks for all of them.
        foreach (var impact in results[0].OneAtATime.Select(l => l.Variant).Where(v => v.StartsWith("impact", StringComparison.Ordinal)))
        {
            Row([$"{impact}, p95", $"< {ImpactTargetMilliseconds} ms", .. results.Select(r => Worst(r.OneAtATime.Where(l => l.Variant == impact), ImpactTargetMilliseconds))]);
        }
        Row(["first impact after start (reads the whole graph)", "", .. results.Select(r => $"{r.FirstImpactMilliseconds:0} ms")]);
        Row(["single points of failure over the whole estate (5 runs)", "", .. results.Select(r => $"{r.SinglePointsOfFailure.Median:0} ms ({r.SinglePointsOfFailure.Min:0}–{r.SinglePointsOfFailure.Max:0})")]);
        Row(["server RSS, ready + 5 s", "", .. results.Select(r => $"{r.IdleRss:0} MB")]);
        Row(["server RSS after all requests (graph cached)", "", .. results.Select(r => $"{r.LoadRss:0} MB")]);
        Console.WriteLine();
        Row(["request", "database", "requests/s", "p50 ms", "p95 ms", "p99 ms", "errors", "server CPU ms/request"]);
        Row(["---", "---", "---:", "---:", "---:", "---:", "---:", "---:"]);
        foreach (var variant in results[0].Lists.Concat(results[0].OneAtATime).Select(l => l.Variant))
        {
            foreach (var result in results)
            {
                var l = result.Lists.Concat(result.OneAtATime).Single(x => x.Variant == variant);
                Row([variant, result.Database, $"{l.PerSecond:N0}", $"{l.P50:0.0}", $"{l.P95:0.0}", $"{l.P99:0.0}", $"{l.Errors:N0}", $"{l.ServerCpuMilliseconds:0.0}"]);
            }
        }
    }

    private static string Worst(IEnumerable<LoadResult> loads, double target)
    {
        var worst = loads.MaxBy(l => l.P95)!;
        return $"{worst.P95:0.0} ms ({worst.Variant}) {(worst.P95 < target && worst.Errors == 0 ? "pass" : "FAIL")}";
    }

    private static void Row(IEnumerable<string> cells) => Console.WriteLine($"| {string.Join(" | ", cells)} |");
}
