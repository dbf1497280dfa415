using System.Net;
using System.Net.NetworkInformation;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>ICMP echo. Where the process may not send ICMP at all, the probe reports no answer rather than failing the run.</summary>
public static class IcmpProbe
{
    public static async Task<bool> EchoAsync(IPAddress address, TimeSpan timeout, CancellationToken ct)
    {
        using var ping = new Ping();
        try
        {
            var reply = await ping.SendPingAsync(address, timeout, cancellationToken: ct);
            return reply.Status == IPStatus.Success;
        }
        catch (PingException)
        {
            return false;
        }
    }
}
