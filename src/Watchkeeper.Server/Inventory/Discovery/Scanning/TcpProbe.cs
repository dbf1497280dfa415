using System.Net;
using System.Net.Sockets;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>TCP connects: an accepted connection is an open port; a refusal, a reset or silence until the timeout is not.</summary>
public static class TcpProbe
{
    public static async Task<TcpClient?> ConnectAsync(IPAddress address, int port, TimeSpan timeout, CancellationToken ct)
    {
        var client = new TcpClient(address.AddressFamily);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(address, port, limit.Token);
            return client;
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            client.Dispose();
            return null;
        }
    }

    public static async Task<bool> IsOpenAsync(IPAddress address, int port, TimeSpan timeout, CancellationToken ct)
    {
        using var client = await ConnectAsync(address, port, timeout, ct);
        return client is not null;
    }
}
