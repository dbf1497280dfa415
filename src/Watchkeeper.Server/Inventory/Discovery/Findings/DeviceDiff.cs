using System.Globalization;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Devices;
using Watchkeeper.Server.Inventory.Network.Cabling;

namespace Watchkeeper.Server.Inventory.Discovery.Findings;

/// <summary>
/// The fields a known device would change to match what was observed. Only what was actually seen is
/// proposed: a host without SNMP never proposes clearing the OS, and interfaces are added or changed, never removed.
/// </summary>
public static class DeviceDiff
{
    public const string InterfacePrefix = "interface:";

    public static List<FieldChange> Compute(Device device, IReadOnlyList<DeviceInterface> interfaces, HostObservation host)
    {
        var changes = new List<FieldChange>();
        var (osName, osVersion) = DeviceGuess.Os(host);
        Add(changes, "hostname", device.Hostname, DeviceGuess.HostName(host));
        Add(changes, "fqdn", device.Fqdn, DeviceGuess.Fqdn(host));
        Add(changes, "osName", device.OsName, osName);
        Add(changes, "osVersion", device.OsVersion, osVersion);
        foreach (var seen in host.Interfaces)
        {
            var known = interfaces.FirstOrDefault(i => i.Name == seen.Name);
            var proposed = Describe(seen.SpeedMbps, seen.MacAddress);
            var current = known is null ? null : Describe(known.SpeedMbps, known.MacAddress);
            if (known is null || (current != proposed && (seen.SpeedMbps is not null || seen.MacAddress is not null)))
            {
                changes.Add(new FieldChange(InterfacePrefix + seen.Name, current, proposed));
            }
        }
        return changes;
    }

    public static string Describe(int? speedMbps, string? mac) =>
        string.Join(", ", new[] { speedMbps is { } s ? s.ToString(CultureInfo.InvariantCulture) + " Mb/s" : null, mac }.Where(p => p is not null));

    private static void Add(List<FieldChange> changes, string field, string? current, string? proposed)
    {
        if (proposed is not null && !string.Equals(current, proposed, StringComparison.OrdinalIgnoreCase))
        {
            changes.Add(new FieldChange(field, current, proposed));
        }
    }
}
