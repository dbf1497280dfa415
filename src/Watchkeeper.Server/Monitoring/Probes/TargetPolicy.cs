using System.Net;
using System.Net.Sockets;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// Which addresses checks may reach. Monitoring private networks is the point, so they are allowed; what is refused
/// by default is what a check has no business reaching and an attacker would aim it at: cloud metadata and other
/// link-local services, "this host" (0.0.0.0) and, unless the administrator allows it, this server's own loopback.
/// The address is judged after name resolution, on the address actually connected to, so a name that resolves to a
/// refused address (or rebinds to one) is refused too.
/// </summary>
public sealed class TargetPolicy(IEnumerable<IPNetwork> refused)
{
    public static readonly IReadOnlyList<IPNetwork> AlwaysRefused =
        [IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("::/128")];

    public static readonly IReadOnlyList<IPNetwork> Loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    private readonly IPNetwork[] refused = [.. refused];

    public static TargetPolicy From(MonitoringOptions options) =>
        new([.. AlwaysRefused, .. options.AllowLoopback ? [] : Loopback, .. options.RefusedNetworks.Select(IPNetwork.Parse)]);

    /// <returns>Why the address is refused, or null when a check may reach it.</returns>
    public string? Refusal(IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        foreach (var network in refused)
        {
            if (network.BaseAddress.AddressFamily == plain.AddressFamily && network.Contains(plain))
            {
                return $"{plain} is in {network}, which checks may not reach (see the monitoring settings).";
            }
        }
        return null;
    }

    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);

    /// <summary>The addresses of <paramref name="host"/> a check may reach, or a failure saying why there are none.</summary>
    public IPAddress[] Permitted(IPAddress[] addresses, string host)
    {
        if (addresses.Length == 0)
        {
            throw new ProbeFailedException($"{host} does not resolve.");
        }
        var permitted = addresses.Where(a => Refusal(a) is null).ToArray();
        return permitted.Length > 0 ? permitted : throw new ProbeFailedException(Refusal(addresses[0])!);
    }

    /// <summary>The first address of <paramref name="host"/> a check may reach, for probes that talk to one address (ping, a DNS resolver).</summary>
    public async Task<IPAddress> ResolvePermittedAsync(string host, CancellationToken ct) => Permitted(await ResolveAsync(host, ct), host)[0];

    /// <summary>Connects to the first permitted address of <paramref name="host"/>, or fails saying why none may be reached.</summary>
    public async Task<Socket> ConnectAsync(IPAddress[] addresses, string host, int port, CancellationToken ct)
    {
        var permitted = Permitted(addresses, host);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, port, ct);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A check that failed for a reason worth saying in its message as it stands.</summary>
public sealed class ProbeFailedException(string message) : Exception(message);
