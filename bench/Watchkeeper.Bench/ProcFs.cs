using System.Globalization;

namespace Watchkeeper.Bench;

/// <summary>Figures the kernel keeps under /proc.</summary>
public static class ProcFs
{
    /// <summary>
    /// Resident set size in MB (10^6 bytes, the stricter reading of the 200 MB target). RSS is what
    /// the machine actually gives the process; the GC's own heap figures would leave out the runtime,
    /// JIT code and native SQLite memory.
    /// </summary>
    public static double RssMegabytes(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kilobytes * 1024 / 1e6;
            }
        }
        throw new InvalidOperationException($"Process {processId} reports no VmRSS.");
    }

    /// <summary>The 1-minute load average: runnable processes competing for the cores.</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
