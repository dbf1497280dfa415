using System.Diagnostics;
using Watchkeeper.Testing;

namespace Watchkeeper.Bench;

/// <summary>
/// Starts the real server through the shared <see cref="ServerProcess"/> and times it from process
/// start to the first 200 on /readyz (ServerProcess polls every 100 ms, so a figure is up to 0.1 s late).
/// The data directory is always the benchmark's own, which is what lets a failed start be cleaned up.
/// </summary>
public static class BenchServer
{
    public static string NewDataDirectory() => Directory.CreateTempSubdirectory("watchkeeper-bench-").FullName;

    public static void DeleteDataDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is just exiting; the temp folder is cleaned later.
        }
    }

    public static async Task<(ServerProcess Server, double Seconds)> StartAsync(string? connectionString, string dataDirectory, Action<string> progress)
    {
        for (var attempt = 1; ; attempt++)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var server = await ServerProcess.StartAsync(connectionString, dataDirectory);
                return (server, clock.Elapsed.TotalSeconds);
            }
            catch (Exception ex) when (ex is TaskCanceledException or TimeoutException or InvalidOperationException)
            {
                // ServerProcess gives up on a /readyz probe slower than 5 s (seen while other builds load the
                // machine) without stopping the process it started; that process is found by its data directory.
                StopStray(dataDirectory);
                if (attempt == 2)
                {
                    throw;
                }
                progress($"start failed after {clock.Elapsed.TotalSeconds:0.0} s ({ex.GetType().Name}); retrying once, the failed start is not counted");
            }
        }
    }

    private static void StopStray(string dataDirectory)
    {
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var processId))
            {
                continue;
            }
            string[] arguments;
            try
            {
                arguments = File.ReadAllText(Path.Combine(entry, "cmdline")).Split('\0');
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            if (arguments.Contains(RepositoryPaths.ServerAssembly) && arguments.Contains(dataDirectory))
            {
                using var stray = Process.GetProcessById(processId);
                stray.Kill(entireProcessTree: true);
                stray.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
    }
}
