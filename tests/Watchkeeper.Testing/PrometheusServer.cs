using System.Diagnostics;

namespace Watchkeeper.Testing;

/// <summary>
/// A real Prometheus (Debian package prometheus) on a free loopback port with a temporary
/// configuration and data directory, so it never touches the system's. Tests pass the
/// scrape_configs they need and read Prometheus's own HTTP API.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private const string Executable = "/usr/bin/prometheus";

    private readonly Process process;
    private readonly string directory;
    private readonly List<string> output = [];

    private PrometheusServer(Process process, string directory, Uri baseUrl)
    {
        this.process = process;
        this.directory = directory;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <param name="configuration">The whole prometheus.yml.</param>
    public static async Task<PrometheusServer> StartAsync(string configuration)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install the Debian package prometheus (./test.sh does as root).");
        }
        var directory = Directory.CreateTempSubdirectory("watchkeeper-prometheus-").FullName;
        var configFile = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(configFile, configuration);
        var address = $"127.0.0.1:{LoopbackPorts.FreeTcp()}";
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { $"--config.file={configFile}", $"--storage.tsdb.path={Path.Combine(directory, "data")}", $"--web.listen-address={address}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start.");
        var server = new PrometheusServer(process, directory, new Uri($"http://{address}"));
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Everything Prometheus logged so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (output)
            {
                return string.Join('\n', output);
            }
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }

    /// <summary>/-/ready answers 200 once the configuration is loaded and discovery has started.</summary>
    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/-/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        await DisposeAsync();
        throw new InvalidOperationException($"prometheus did not become ready on {BaseUrl}:\n{Log}");
    }

    public ValueTask DisposeAsync() => StartedServer.StopAsync(process, directory);
}
