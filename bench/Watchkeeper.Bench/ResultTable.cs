namespace Watchkeeper.Bench;

/// <summary>Prints the results as Markdown tables, one column per database, so they paste into docs/benchmarks.md as they are.</summary>
public static class ResultTable
{
    public const double StartTargetSeconds = 3;
    public const double RssTargetMegabytes = 200;

    public static void Print(BenchOptions options, IReadOnlyList<SuiteResult> results, string machine)
    {
        Console.WriteLine($"Watchkeeper benchmark: {options.Entries:N0} audit entries, starts per figure {options.Runs}, " +
            $"{options.Connections} clients, {options.WarmupSeconds} s warm-up + {options.DurationSeconds} s per list variant, " +
            $"{Environment.ProcessorCount} cores, {machine}. Medians, (min–max) over runs.");
        Console.WriteLine();
        Row(["measure", "target", .. results.Select(r => r.Database)]);
        Row(["---", "---", .. results.Select(_ => "---")]);
        Row(["cold start to ready, new data directory (migrations)", "< 3 s", .. results.Select(r => Seconds(r.Fresh.Wall))]);
        Row([$"cold start to ready, {options.Entries:N0} entries", "< 3 s", .. results.Select(r => Seconds(r.Seeded.Wall))]);
        Row(["CPU time to ready, new data directory", "", .. results.Select(r => Cpu(r.Fresh.Cpu))]);
        Row([$"CPU time to ready, {options.Entries:N0} entries", "", .. results.Select(r => Cpu(r.Seeded.Cpu))]);
        Row(["idle RSS, ready + 5 s", "< 200 MB", .. results.Select(r => Megabytes(r.IdleRss))]);
        Row(["RSS at the end of the list load", "", .. results.Select(r => $"{r.LoadRss:0} MB")]);
        Row(["idle RSS, list load + 5 s", "< 200 MB", .. results.Select(r => $"{r.LoadIdleRss:0} MB {Verdict(r.LoadIdleRss < RssTargetMegabytes)}")]);
        Row(["seed entries through AuditChain (1,000 per transaction)", "", .. results.Select(r => $"{r.Seeding.TotalSeconds:0.0} s ({options.Entries / r.Seeding.TotalSeconds:N0}/s)")]);
        Row(["`watchkeeper audit verify` (process start to exit)", "intact", .. results.Select(r => $"{(r.Verify.Valid ? "intact" : "BROKEN")}, {r.Verify.Elapsed.TotalSeconds:0.0} s")]);
        Row(["read the whole log via the API, limit=500, 1 client", "", .. results.Select(r => $"{r.ReadAll.TotalSeconds:0.0} s ({options.Entries / r.ReadAll.TotalSeconds:N0} entries/s)")]);
        Console.WriteLine();
        Row([$"GET /api/v1/audit?limit={ListLoad.PageSize}", "database", "requests/s", "p50 ms", "p95 ms", "p99 ms", "errors", "server CPU ms/request"]);
        Row(["---", "---", "---:", "---:", "---:", "---:", "---:", "---:"]);
        foreach (var variant in results[0].Loads.Select(l => l.Variant))
        {
            foreach (var result in results)
            {
                var l = result.Loads.Single(x => x.Variant == variant);
                Row([variant, result.Database, $"{l.PerSecond:N0}", $"{l.P50:0.0}", $"{l.P95:0.0}", $"{l.P99:0.0}", $"{l.Errors:N0}", $"{l.ServerCpuMilliseconds:0.0}"]);
            }
        }
        foreach (var result in results.Where(r => !r.Verify.Valid))
        {
            Console.WriteLine($"\n{result.Database}: audit verify failed: {result.Verify.Message}");
        }
    }

    private static string Seconds(Spread s) => $"{s.Median:0.00} s ({s.Min:0.00}–{s.Max:0.00}) {Verdict(s.Median < StartTargetSeconds)}";

    private static string Cpu(Spread s) => $"{s.Median:0.00} s ({s.Min:0.00}–{s.Max:0.00})";

    private static string Megabytes(Spread s) => $"{s.Median:0} MB ({s.Min:0}–{s.Max:0}) {Verdict(s.Median < RssTargetMegabytes)}";

    private static string Verdict(bool met) => met ? "pass" : "FAIL";

    private static void Row(IEnumerable<string> cells) => Console.WriteLine($"| {string.Join(" | ", cells)} |");
}
