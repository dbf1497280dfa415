using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Discovery.Snmp;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>Probes one address as the settings say, every network operation through the run's gate.</summary>
public sealed class HostScanner(ProbeSettings settings, ProbeGate gate, SnmpClient snmp)
{
    /// <summary>What the host showed, or null when nothing answered.</summary>
    public async Task<HostObservation?> ScanAsync(IPAddress address, CancellationToken ct)
    {
        var timeout = settings.Timeout;
        var pinged = settings.Icmp && await gate.RunAsync(c => IcmpProbe.EchoAsync(address, timeout, c), ct);
        var open = new List<int>();
        foreach (var port in settings.TcpPorts)
        {
            if (await gate.RunAsync(c => TcpProbe.IsOpenAsync(address, port, timeout, c), ct))
            {
                open.Add(port);
            }
        }
        var agent = settings.SnmpCommunity is { } community ? await SnmpProbe.ReadAsync(snmp, address, settings.SnmpPort, community, gate, ct) : null;
        if (!pinged && open.Count == 0 && agent is null)
        {
            return null;
        }
        var dns = settings.ReverseDns ? await gate.RunAsync(c => DnsProbe.ReverseAsync(address, timeout, c), ct) : null;
        var banners = settings.Banners ? await BannersAsync(address, open, ct) : default;
        return new HostObservation(
            address.ToString(), dns, pinged, open, banners.Ssh, banners.Http.Server, banners.Http.Title, banners.Tls,
            agent?.System, agent?.Interfaces ?? [], agent?.Neighbours ?? []);
    }

    private async Task<(string? Ssh, (string? Server, string? Title) Http, TlsObservation? Tls)> BannersAsync(IPAddress address, List<int> open, CancellationToken ct)
    {
        var timeout = settings.Timeout;
        string? ssh = null;
        (string? Server, string? Title) http = default;
        TlsObservation? tls = null;
        foreach (var port in open)
        {
            if (settings.TlsPorts.Contains(port))
            {
                tls ??= await gate.RunAsync(c => BannerProbe.TlsAsync(address, port, timeout, c), ct);
            }
            else if (settings.HttpPorts.Contains(port))
            {
                http = http.Server is null && http.Title is null ? await gate.RunAsync(c => BannerProbe.HttpAsync(address, port, timeout, c), ct) : http;
            }
            else
            {
                // SSH servers speak first; waiting briefly for a greeting on other ports finds them wherever they listen.
                ssh ??= await gate.RunAsync(c => BannerProbe.SshAsync(address, port, timeout, c), ct);
            }
        }
        return (ssh, http, tls);
    }
}
