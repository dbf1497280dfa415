using System.Net;

namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>An agent to ask: its UDP endpoint (161 by default) and the read community.</summary>
public sealed record SnmpTarget(IPEndPoint Endpoint, SnmpCommunity Community)
{
    public const int DefaultPort = 161;

    public SnmpTarget(IPAddress address, string community) : this(new IPEndPoint(address, DefaultPort), new SnmpCommunity(community))
    {
    }
}
