using System.Text.RegularExpressions;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Discovery.Findings;

/// <summary>What a host probably is, from what it said about itself; every guess is editable before it is accepted.</summary>
public static partial class DeviceGuess
{
    public static string Name(HostObservation host) =>
        Clip(HostName(host) ?? host.Address, 100);

    /// <summary>sysName when it is a host name, else the first label of the reverse DNS name.</summary>
    public static string? HostName(HostObservation host)
    {
        var name = host.System?.Name?.Trim();
        if (!string.IsNullOrEmpty(name) && Uri.CheckHostName(name) == UriHostNameType.Dns)
        {
            return Clip(name.Split('.')[0], 100);
        }
        return host.DnsName is { } dns && dns != "localhost" ? Clip(dns.Split('.')[0], 100) : host.DnsName;
    }

    public static string? Fqdn(HostObservation host) => host.DnsName is { } dns && dns.Contains('.', StringComparison.Ordinal) ? Clip(dns, 255) : null;

    /// <summary>The vendor's words first (sysDescr), then the kind of ports it offers; a server when nothing says otherwise.</summary>
    public static DeviceKind Kind(HostObservation host)
    {
        var text = $"{host.System?.Description} {host.HttpTitle} {host.HttpServer}".ToUpperInvariant();
        if (ContainsAny(text, "FIREWALL", "FORTIGATE", "PFSENSE", "PAN-OS", "ASA"))
        {
            return DeviceKind.Firewall;
        }
        if (ContainsAny(text, "ROUTER", "ROUTEROS", "JUNOS", "IOS XR"))
        {
            return DeviceKind.Router;
        }
        if (ContainsAny(text, "SWITCH", "CUMULUS", "NX-OS", "EOS", "PROCURVE"))
        {
            return DeviceKind.Switch;
        }
        if (ContainsAny(text, "PRINTER", "JETDIRECT", "LASERJET") || host.OpenPorts.Contains(9100))
        {
            return DeviceKind.Printer;
        }
        if (ContainsAny(text, "ESXI", "VMWARE", "PROXMOX"))
        {
            return DeviceKind.Hypervisor;
        }
        return host.Neighbours.Count > 2 ? DeviceKind.Switch : DeviceKind.Server;
    }

    /// <summary>OS name and version from sysDescr: "Linux host 6.1.0-18-amd64 #1 …" or "… Software: Windows Version 6.3 …".</summary>
    public static (string? Name, string? Version) Os(HostObservation host)
    {
        var description = host.System?.Description?.Trim();
        if (string.IsNullOrEmpty(description))
        {
            return (null, null);
        }
        if (Windows().Match(description) is { Success: true } windows)
        {
            return ("Windows", windows.Groups[1].Value);
        }
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words[0] is "Linux" or "FreeBSD" or "OpenBSD" or "NetBSD" or "Darwin" or "SunOS" && words.Length >= 3)
        {
            return (words[0], Clip(words[2], 100));
        }
        return (Clip(words[0], 100), null);
    }

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;

    [GeneratedRegex(@"Windows Version ([0-9.]+)")]
    private static partial Regex Windows();
}
