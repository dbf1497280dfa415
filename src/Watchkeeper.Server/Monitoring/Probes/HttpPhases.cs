using System.Diagnostics;
using System.Globalization;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// The durations of one HTTP run, phase by phase, as the connection callbacks observe them: name resolution, TCP
/// connect, TLS handshake, waiting for the first byte of the answer, and the whole. A redirect's later connections
/// are not split; the whole includes them.
/// </summary>
public sealed class HttpPhases
{
    private readonly long started = Stopwatch.GetTimestamp();
    private long? resolved;
    private long? connected;
    private long? secured;
    private long? firstByte;
    private long? finished;

    public void Resolved() => resolved ??= Stopwatch.GetTimestamp();

    public void Connected() => connected ??= Stopwatch.GetTimestamp();

    public void Secured() => secured ??= Stopwatch.GetTimestamp();

    public void FirstByte() => firstByte ??= Stopwatch.GetTimestamp();

    public void Finished() => finished ??= Stopwatch.GetTimestamp();

    public double TotalMs => Stopwatch.GetElapsedTime(started, finished ?? Stopwatch.GetTimestamp()).TotalMilliseconds;

    public Dictionary<string, string> ToEvidence()
    {
        var phases = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, long? from, long? to)
        {
            if (from is { } a && to is { } b)
            {
                phases[name] = Stopwatch.GetElapsedTime(a, b).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
            }
        }
        Add("dnsMs", started, resolved);
        Add("connectMs", resolved, connected);
        Add("tlsMs", connected, secured);
        Add("firstByteMs", secured ?? connected, firstByte);
        phases["totalMs"] = TotalMs.ToString("0.0", CultureInfo.InvariantCulture);
        return phases;
    }
}
