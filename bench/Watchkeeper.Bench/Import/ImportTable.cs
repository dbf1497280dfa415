namespace Watchkeeper.Bench.Import;

/// <summary>Prints the import benchmark as a Markdown table, one column per database, ready for docs/benchmarks.md.</summary>
public static class ImportTable
{
    private const int TargetRows = 100_000;
    private const double TargetSeconds = 60;

    public static void Print(BenchOptions options, IReadOnlyList<ImportResult> results, string machine)
    {
        Console.WriteLine($"Watchkeeper import benchmark: a CSV of {options.Rows:N0} devices through POST /api/v1/inventory/imports, " +
            $"{Environment.ProcessorCount} cores, {machine}.");
        Console.WriteLine();
        Row(["pass", "target", .. results.Select(r => r.Database)]);
        Row(["---", "---", .. results.Select(_ => "---")]);
        foreach (var pass in results[0].Passes.Select(p => p.Name))
        {
            Row([pass, "", .. results.Select(r => Cell(r.Passes.Single(p => p.Name == pass)))]);
        }
        Row([$"create, {TargetRows:N0} rows at the measured rate", $"< {TargetSeconds:0} s",
            .. results.Select(r => Projected(r.Passes.Single(p => p.Name == "create")))]);
        Row(["server RSS, highest after a pass", "", .. results.Select(r => $"{r.PeakRss:0} MB")]);
    }

    private static string Cell(ImportPass p) =>
        $"{p.Seconds:0.0} s, {p.RowsPerSecond:N0} rows/s ({p.Created:N0} created, {p.Updated:N0} updated, {p.Unchanged:N0} unchanged, {p.Failed:N0} failed)";

    private static string Projected(ImportPass p)
    {
        var seconds = TargetRows / p.RowsPerSecond;
        return $"{seconds:0} s {(seconds < TargetSeconds && p.Failed == 0 ? "pass" : "FAIL")}";
    }

    private static void Row(IEnumerable<string> cells) => Console.WriteLine($"| {string.Join(" | ", cells)} |");
}
