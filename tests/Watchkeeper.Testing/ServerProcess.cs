using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Watchkeeper.Testing;

/// <summary>
/// The real server executable on a free loopback port with its own data directory, as a
/// user would run it. Used by the CLI, browser and benchmark tests.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<string> setupLink = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];
    private readonly bool ownsDataDirectory;

    private ServerProcess(Process process, Uri baseUrl, string dataDirectory, bool ownsDataDirectory)
    {
        this.process = process;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
        this.ownsDataDirectory = ownsDataDirectory;
    }

    public Uri BaseUrl { get; }

    public string DataDirectory { get; }

    public int ProcessId => process.Id;

    /// <summary>Everything the server printed so far.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (output)
            {
                return output.ToList();
            }
        }
    }

    /// <param name="postgresConnectionString">Use PostgreSQL instead of the embedded SQLite.</param>
    /// <param name="dataDirectory">Reuse a data directory (kept on dispose); default is a new temporary one.</param>
    /// <param name="environment">Extra environment variables, e.g. WATCHKEEPER_METRICS__TOKEN.</param>
    public static async Task<ServerProcess> StartAsync(
        string? postgresConnectionString = null, string? dataDirectory = null, IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? readyTimeout = null)
    {
        var owns = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("watchkeeper-test-").FullName;
        var port = LoopbackPorts.FreeTcp();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataDirectory,
        };
        foreach (var argument in new[] { RepositoryPaths.ServerAssembly, "--urls", $"http://127.0.0.1:{port}", "--data-dir", dataDirectory })
        {
            start.ArgumentList.Add(argument);
        }
        if (postgresConnectionString is not null)
        {
            start.ArgumentList.Add("--database");
            start.ArgumentList.Add("postgres");
            start.ArgumentList.Add("--connection-string");
            start.ArgumentList.Add(postgresConnectionString);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), dataDirectory, owns);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(readyTimeout ?? TimeSpan.FromSeconds(90));
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>The one-time setup link the server prints on an empty database.</summary>
    public Task<string> SetupLinkAsync() => setupLink.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        if (ownsDataDirectory)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a late child process; the temp folder is cleaned later.
            }
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.Add(line);
        }
        if (SetupLinkPattern().Match(line) is { Success: true } match)
        {
            setupLink.TrySetResult(match.Value);
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode}:\n{string.Join('\n', Output)}");
            }
            try
            {
                if ((await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy to answer within the probe's timeout.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The server was not ready within {timeout}:\n{string.Join('\n', Output)}");
    }

    [GeneratedRegex(@"https?://\S+/setup\?token=\S+")]
    private static partial Regex SetupLinkPattern();
}
