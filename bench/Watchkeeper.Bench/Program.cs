using System.Globalization;
using Watchkeeper.Bench;

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
using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var results = new List<SuiteResult> { await new Suite(options, null).RunAsync(limit.Token) };
if (options.Postgres is { } postgres)
{
    results.Add(await new Suite(options, postgres).RunAsync(limit.Token));
}
ResultTable.Print(options, results, $"1-minute load average {loadAtStart} at the start, {ProcFs.LoadAverage()} at the end");
return results.All(r => r.Verify.Valid) ? 0 : 1;
