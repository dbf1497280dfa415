using System.Diagnostics;
using Watchkeeper.Testing;

namespace Watchkeeper.Cli.Tests.EndToEnd;

/// <summary>
/// Starts the server through <see cref="ServerProcess"/>, tolerating a busy machine.
/// ServerProcess gives each readiness probe five seconds and fails the start when one probe
/// times out (the first answer, with JIT and the first database connection, can take longer
/// under load), leaving that server running. Such a start is retried after stopping the
/// stray server, found by the data directory made for it here.
/// </summary>
public static class ServerStart
{
    private const int Attempts = 3;

    // Two servers starting at once on a small machine make slow first answers likelier.
    private static readonly SemaphoreSlim Starting = new(1, 1);

    public static async Task<ServerProcess> StartAsync(string? connectionString, IReadOnlyDictionary<string, string> environment)
    {
        await Starting.WaitAsync();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var dataDirectory = Directory.CreateTempSubdirectory("watchkeeper-cli-test-").FullName;
                try
                {
                    return await ServerProcess.StartAsync(connectionString, dataDirectory, environment);
                }
                catch (TaskCanceledException) when (attempt < Attempts)
                {
                    StopStray(dataDirectory);
                }
                catch
                {
                    StopStray(dataDirectory);
                    throw;
                }
            }
        }
        finally
        {
            Starting.Release();
        }
    }

    /// <summary>Removes a data directory made by <see cref="StartAsync"/>; ServerProcess keeps directories it was given.</summary>
    public static void Delete(string dataDirectory)
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is exiting; the temporary folder is cleaned later.
        }
    }

    private static void StopStray(string dataDirectory)
    {
        if (OperatingSystem.IsLinux())
        {
            foreach (var pid in Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)))
            {
                if (ReadCommandLine(pid!).Contains(dataDirectory, StringComparison.Ordinal))
                {
                    using var stray = Process.GetProcessById(int.Parse(pid!, System.Globalization.CultureInfo.InvariantCulture));
                    stray.Kill(entireProcessTree: true);
                    stray.WaitForExit(TimeSpan.FromSeconds(10));
                }
            }
        }
        Delete(dataDirectory);
    }

    private static string ReadCommandLine(string pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
