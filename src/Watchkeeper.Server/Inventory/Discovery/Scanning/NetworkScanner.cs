using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Discovery.Snmp;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>Sweeps a list of addresses with bounded concurrency and rate, reporting each probed host as it finishes.</summary>
public sealed class NetworkScanner(TimeProvider clock)
{
    /// <param name="probed">Called after each host with whether it answered; called concurrently.</param>
    public async Task<IReadOnlyList<HostObservation>> ScanAsync(
        IEnumerable<IPAddress> addresses, ProbeSettings settings, Action<bool> probed, CancellationToken ct)
    {
        await using var gate = new ProbeGate(settings.Concurrency, settings.RatePerSecond);
        var snmp = new SnmpClient(clock, new SnmpClientOptions { Timeout = settings.Timeout, Retries = 1 });
        var host = new HostScanner(settings, gate, snmp);
        var found = new List<HostObservation>();
        // As many hosts in progress as probes may be in flight; the gate is what actually bounds the network.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = ct };
        await Parallel.ForEachAsync(addresses, parallel, async (address, c) =>
        {
            var observation = await host.ScanAsync(address, c);
            if (observation is not null)
            {
                lock (found)
                {
                    found.Add(observation);
                }
            }
            probed(observation is not null);
        });
        return [.. found.OrderBy(o => IPAddress.Parse(o.Address).GetAddressBytes(), ByteOrder.Instance)];
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static ByteOrder Instance { get; } = new();

        public int Compare(byte[]? x, byte[]? y) => x!.Length != y!.Length ? x.Length.CompareTo(y.Length) : x.AsSpan().SequenceCompareTo(y);
    }
}
