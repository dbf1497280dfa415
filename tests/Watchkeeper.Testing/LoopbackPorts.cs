using System.Net;
using System.Net.Sockets;

namespace Watchkeeper.Testing;

/// <summary>Free ports on 127.0.0.1 for the real servers the tests start.</summary>
public static class LoopbackPorts
{
    public static int FreeTcp()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
