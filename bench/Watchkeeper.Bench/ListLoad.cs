using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Watchkeeper.Contracts;
using Watchkeeper.Testing;

namespace Watchkeeper.Bench;

/// <summary>Measured load on one GET endpoint: requests per second and latency percentiles.</summary>
/// <param name="ServerCpuMilliseconds">Server CPU time per request: unlike requests/s, it holds up when other work shares the cores.</param>
public sealed record LoadResult(string Variant, long Requests, long Errors, double Seconds, double P50, double P95, double P99, double ServerCpuMilliseconds)
{
    public double PerSecond => Requests / Seconds;
}

/// <summary>
/// Closed-loop clients, each sending its next request when the last one answered, for a bounded
/// time. A variant picks each request's path (the audit log's by default) and cursor from the cursor
/// the previous page returned.
/// </summary>
public sealed class ListLoad(ServerProcess server, string tokenSecret, int connections) : IDisposable
{
    public const int PageSize = 50;
    private const string Audit = "/api/v1/audit";

    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
    {
        BaseAddress = server.BaseUrl,
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", tokenSecret) },
    };

    /// <param name="cursorFor">The cursor of the next request, from the previous page's nextCursor and a running request number.</param>
    public Task<LoadResult> RunAsync(string variant, Func<string?, long, string?> cursorFor, TimeSpan warmup, TimeSpan duration, CancellationToken ct) =>
        RunPathsAsync(variant, (next, n) => Audit + new ListQuery(PageSize, cursorFor(next, n)).ToQueryString(), warmup, duration, ct);

    /// <param name="pathFor">The path and query of the next request, from the previous answer's nextCursor and a running request number.</param>
    public async Task<LoadResult> RunPathsAsync(string variant, Func<string?, long, string> pathFor, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        await Task.WhenAll(Enumerable.Range(0, connections).Select(c => ClientAsync(pathFor, c * 1_000_003L, warmup, ct)));
        var (clock, cpu) = (Stopwatch.StartNew(), ProcFs.CpuSeconds(server.ProcessId));
        var clients = await Task.WhenAll(Enumerable.Range(0, connections).Select(c => ClientAsync(pathFor, c * 1_000_003L, duration, ct)));
        var (seconds, cpuSeconds) = (clock.Elapsed.TotalSeconds, ProcFs.CpuSeconds(server.ProcessId) - cpu);
        var latencies = clients.SelectMany(c => c.Latencies).Order().ToArray();
        return new LoadResult(variant, latencies.Length, clients.Sum(c => c.Errors), seconds,
            Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 95), Percentiles.Of(latencies, 99), cpuSeconds * 1000 / latencies.Length);
    }

    /// <summary>Pages through the whole log with one client at the largest page size; returns the time and every cursor, oldest pages last.</summary>
    public async Task<(TimeSpan Elapsed, List<string> Cursors)> ReadAllAsync(int limit, CancellationToken ct)
    {
        var cursors = new List<string>();
        var clock = Stopwatch.StartNew();
        for (string? cursor = null; ;)
        {
            var (page, _) = await GetAsync(Audit + new ListQuery(limit, cursor).ToQueryString(), ct);
            if (page?.NextCursor is not { } next)
            {
                return page is null ? throw new InvalidOperationException("A page of the audit log failed.") : (clock.Elapsed, cursors);
            }
            cursors.Add(cursor = next);
        }
    }

    public void Dispose() => http.Dispose();

    private sealed record Client(List<double> Latencies, long Errors);

    // Only the cursor is read back: the client should spend its CPU share on sending, not on decoding items.
    // Answers that are not pages (an impact report, a walk's array) simply have none.
    private sealed record PageHead(string? NextCursor);

    private async Task<Client> ClientAsync(Func<string?, long, string> pathFor, long first, TimeSpan duration, CancellationToken ct)
    {
        var latencies = new List<double>(capacity: 16_384);
        long errors = 0;
        string? next = null;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        for (var n = first; Stopwatch.GetTimestamp() < until; n++)
        {
            var (page, milliseconds) = await GetAsync(pathFor(next, n), ct);
            latencies.Add(milliseconds);
            errors += page is null ? 1 : 0;
            next = page?.NextCursor;
        }
        return new Client(latencies, errors);
    }

    private async Task<(PageHead? Page, double Milliseconds)> GetAsync(string path, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return (!response.IsSuccessStatusCode ? null
                : body.AsSpan().TrimStart(" \r\n\t"u8).StartsWith("{"u8) ? JsonSerializer.Deserialize<PageHead>(body, Administrator.Json)
                : new PageHead(null), milliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // A refused connection or a request past the client timeout is an error to count, not a reason to stop.
            return (null, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
