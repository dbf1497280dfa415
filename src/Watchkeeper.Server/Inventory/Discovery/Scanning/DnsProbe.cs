using System.Net;
using System.Net.Sockets;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>The PTR name of an address through the system resolver; none when the lookup fails or answers the address itself.</summary>
public static class DnsProbe
{
    public static async Task<string?> ReverseAsync(IPAddress address, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            var entry = await Dns.GetHostEntryAsync(address.ToString(), limit.Token);
            var name = entry.HostName.TrimEnd('.');
            return name.Length == 0 || IPAddress.TryParse(name, out _) ? null : name;
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return null;
        }
    }
}
