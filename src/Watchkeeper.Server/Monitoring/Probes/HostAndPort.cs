using System.Globalization;
using System.Net;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>A server written as people write it: <c>host</c>, <c>host:port</c>, an IPv6 address bare or as <c>[address]:port</c>.</summary>
public sealed record HostAndPort(string Host, int Port)
{
    public static bool TryParse(string? text, int defaultPort, out HostAndPort value)
    {
        value = new("", defaultPort);
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }
        // A bare IPv6 address has colons of its own, so it carries no port (IPAddress would also take "[v6]:port" and drop the port).
        if (!trimmed.StartsWith('[') && IPAddress.TryParse(trimmed, out var address))
        {
            value = new(address.ToString(), defaultPort);
            return true;
        }
        var (host, port) = (trimmed, defaultPort);
        var colon = trimmed.LastIndexOf(':');
        var hasPort = trimmed.StartsWith('[') ? colon > trimmed.IndexOf(']', StringComparison.Ordinal) : colon > 0 && trimmed.IndexOf(':', StringComparison.Ordinal) == colon;
        if (hasPort)
        {
            if (!int.TryParse(trimmed[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65_535)
            {
                return false;
            }
            host = trimmed[..colon];
        }
        host = host.TrimStart('[').TrimEnd(']');
        if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            return false;
        }
        value = new(host, port);
        return true;
    }

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
