using System.Diagnostics;

namespace Watchkeeper.Testing;

/// <summary>Ends a server a test started, with everything it spawned, and removes its working directory.</summary>
public static class StartedServer
{
    public static async ValueTask StopAsync(Process process, string directory)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
