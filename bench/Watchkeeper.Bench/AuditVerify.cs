using System.Diagnostics;
using Watchkeeper.Testing;

namespace Watchkeeper.Bench;

/// <summary>The outcome of the server's own `audit verify` command over the seeded log.</summary>
public sealed record AuditVerify(bool Valid, string Message, TimeSpan Elapsed)
{
    public static async Task<AuditVerify> RunAsync(string dataDirectory, string? postgres, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataDirectory };
        string[] arguments = [RepositoryPaths.ServerAssembly, "audit", "verify", "--data-dir", dataDirectory,
            .. postgres is null ? Array.Empty<string>() : ["--database", "postgres", "--connection-string", postgres]];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start `watchkeeper audit verify`.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        // The command prints its verdict last: to stdout when intact, to stderr when broken.
        var (stdout, stderr) = (await output, await errors);
        var verdict = LastLine(process.ExitCode == 0 ? stdout : stderr) ?? LastLine(stdout) ?? $"exit code {process.ExitCode}";
        return new AuditVerify(process.ExitCode == 0, verdict, clock.Elapsed);
    }

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
