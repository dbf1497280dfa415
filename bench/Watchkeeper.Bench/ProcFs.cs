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

    /// <summary>
    /// CPU time (user + system) the process has used so far. Unlike wall time it hardly changes when
    /// other work crowds the cores, so it compares runs on a noisy machine; /proc counts in USER_HZ, 100 on Linux.
    /// </summary>
    public static double CpuSeconds(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // Fields after the parenthesised command name, which may itself contain spaces: state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>The 1-minute load average: runnable processes competing for the cores.</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
