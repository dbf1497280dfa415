using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Watchkeeper.Contracts;

namespace Watchkeeper.Bench.Import;

/// <summary>One pass of a file through <c>POST /api/v1/inventory/imports</c>.</summary>
public sealed record ImportPass(string Name, int Rows, double Seconds, int Created, int Updated, int Unchanged, int Failed)
{
    public double RowsPerSecond => Rows / Seconds;
}

public sealed record ImportResult(string Database, IReadOnlyList<ImportPass> Passes, double PeakRss);

/// <summary>
/// A CSV of devices through the import endpoint on one database engine, as a user would send it: a dry run, the
/// import that creates every row, the same file again (nothing changes), and a file that changes one field per row.
/// </summary>
public sealed class ImportSuite(BenchOptions options, string? postgresAdmin)
{
    public string Database => postgresAdmin is null ? "SQLite" : "PostgreSQL";

    public async Task<ImportResult> RunAsync(CancellationToken ct)
    {
        var dataDirectory = BenchServer.NewDataDirectory();
        try
        {
            await using var database = await ThrowawayDatabase.CreateAsync(postgresAdmin);
            var (server, seconds) = await BenchServer.StartAsync(database.ConnectionString, dataDirectory, Progress);
            await using (server)
            {
                Progress($"server ready in {seconds:0.00} s");
                var admin = await Administrator.CreateAsync(server, ct);
                using var http = server.CreateClient();
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin.TokenSecret);
                http.Timeout = TimeSpan.FromMinutes(55);
                var created = Devices(options.Rows, "2.1");
                var changed = Devices(options.Rows, "2.2");
                var passes = new List<ImportPass>();
                double peak = 0;
                foreach (var (name, file, dryRun) in new[]
                {
                    ("dry run of new devices", created, true), ("create", created, false),
                    ("same file again (all unchanged)", created, false), ("one field changed on every row", changed, false),
                })
                {
                    Progress($"{name}: {options.Rows:N0} rows…");
                    passes.Add(await PassAsync(http, name, file, dryRun, ct));
                    peak = Math.Max(peak, ProcFs.RssMegabytes(server.ProcessId));
                    Progress($"{name}: {passes[^1].Seconds:0.0} s ({passes[^1].RowsPerSecond:N0} rows/s)");
                }
                return new ImportResult(Database, passes, peak);
            }
        }
        finally
        {
            BenchServer.DeleteDataDirectory(dataDirectory);
        }
    }

    private async Task<ImportPass> PassAsync(HttpClient http, string name, byte[] file, bool dryRun, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", "devices.csv");
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync(new Uri($"/api/v1/inventory/imports?type=devices&format=csv&dryRun={(dryRun ? "true" : "false")}", UriKind.Relative), form, ct);
        var seconds = clock.Elapsed.TotalSeconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{name}: the import answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }
        var result = await response.Content.ReadFromJsonAsync<ImportResultDto>(Administrator.Json, ct) ?? throw new InvalidOperationException("The import answered null.");
        var rows = options.Rows;
        return new ImportPass(name, rows, seconds, result.Created, result.Updated, result.Unchanged, result.Failed);
    }

    /// <summary>Servers with the identity columns an estate export carries; <paramref name="osVersion"/> varies between files.</summary>
    private static byte[] Devices(int rows, string osVersion)
    {
        var csv = new StringBuilder("name,kind,status,serial,assetTag,primaryIp,osName,osVersion,cpuCores,memoryMb,tags\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"srv-{i:D7},Server,Active,SN{i:D9},AT{i:D8},10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255},Debian,12.{osVersion},8,32768,\"linux, imported\"\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private void Progress(string message) => Console.Error.WriteLine($"[{Database}] {message}");
}
