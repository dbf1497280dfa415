using System.Diagnostics;

namespace Watchkeeper.Testing;

/// <summary>
/// Waits for a started server's "ready" line (its sockets are bound once it says so; a request before that would be
/// lost), keeping everything it printed for the error message when it never says it.
/// </summary>
public static class ReadyLine
{
    /// <returns>Null once the process said it was ready; otherwise all it printed before it exited or the time ran out.</returns>
    public static async Task<string?> WaitAsync(Process process, Func<string, bool> isReady, TimeSpan timeout)
    {
        var output = new List<string>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }
            lock (output)
            {
                output.Add(line.Data);
            }
            if (isReady(line.Data))
            {
                ready.TrySetResult();
            }
        }
        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(timeout)) == ready.Task)
        {
            return null;
        }
        lock (output)
        {
            return string.Join('\n', output);
        }
    }
}
