using System.Globalization;
using Watchkeeper.Bench;
using Watchkeeper.Bench.Import;
using Watchkeeper.Bench.Inventory;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"{ex.Message}\n\n{BenchOptions.Usage}");
    return 2;
}

// The machine is shared: the load average says how much the figures were disturbed.
var loadAtStart = ProcFs.LoadAverage();
// A hard ceiling, so a hung server cannot keep the benchmark running forever.
using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(60));
if (options.Suite == BenchOptions.InventoryName)
{
    var estates = new List<InventoryResult> { await new InventorySuite(options, null).RunAsync(limit.Token) };
    if (options.Postgres is { } server)
    {
        estates.Add(await new InventorySuite(options, server).RunAsync(limit.Token));
    }
    InventoryTable.Print(options, estates, $"1-minute load average {loadAtStart} at the start, {ProcFs.LoadAverage()} at the end");
    return estates.All(e => e.Lists.Concat(e.OneAtATime).All(l => l.Errors == 0)) ? 0 : 1;
}
if (options.Suite == BenchOptions.ImportName)
{
    var imports = new List<ImportResult> { await new ImportSuite(options, null).RunAsync(limit.Token) };
    if (options.Postgres is { } server)
    {
        imports.Add(await new ImportSuite(options, server).RunAsync(limit.Token));
    }
    ImportTable.Print(options, imports, $"1-minute load average {loadAtStart} at the start, {ProcFs.LoadAverage()} at the end");
    return imports.All(i => i.Passes.All(p => p.Failed == 0)) ? 0 : 1;
}
var results = new List<SuiteResult> { await new Suite(options, null).RunAsync(limit.Token) };
if (options.Postgres is { } postgres)
{
    results.Add(await new Suite(options, postgres).RunAsync(limit.Token));
}
ResultTable.Print(options, results, $"1-minute load average {loadAtStart} at the start, {ProcFs.LoadAverage()} at the end");
return results.All(r => r.Verify.Valid) ? 0 : 1;
