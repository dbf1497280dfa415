using System.Globalization;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Discovery.Prometheus;

/// <summary>What service discovery needs of one device, read in one query.</summary>
public sealed record ScrapeCandidate(
    long Id, string Name, DeviceKind Kind, LifecycleStatus Status, DeploymentEnvironment? Environment, Criticality? Criticality,
    string? OwnerTeam, string? Site, string? Rack, string? PrimaryIp, string? Fqdn, string? Hostname, List<string> Tags);

/// <summary>Turns a device into a Prometheus target group: its address and its labels.</summary>
public static class PrometheusLabels
{
    private const string Meta = "__meta_watchkeeper_";

    /// <summary>The primary IP when there is one, else the FQDN, else the hostname; null when the device has none.</summary>
    public static string? Host(ScrapeCandidate device) => device.PrimaryIp switch
    {
        // IPv6 needs brackets before the port.
        { } ip when ip.Contains(':', StringComparison.Ordinal) => $"[{ip}]",
        { } ip => ip,
        null => device.Fqdn ?? device.Hostname,
    };

    /// <summary>The port from the tag "label:port" when asked for and present, else the default.</summary>
    public static int Port(ScrapeCandidate device, int defaultPort, string? portLabel)
    {
        if (portLabel is null)
        {
            return defaultPort;
        }
        var prefix = portLabel + ":";
        var tag = device.Tags.FirstOrDefault(t => t.StartsWith(prefix, StringComparison.Ordinal));
        return int.TryParse(tag?[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? port
            : defaultPort;
    }

    public static PrometheusTargetGroup Group(string target, ScrapeCandidate device)
    {
        var id = device.Id.ToString(CultureInfo.InvariantCulture);
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["watchkeeper_item"] = id,
            [Meta + "item_id"] = id,
            [Meta + "name"] = device.Name,
            [Meta + "kind"] = device.Kind.ToString(),
            [Meta + "status"] = device.Status.ToString(),
            // Separators at both ends, as Prometheus's own discoveries write tags, so ".*,web,.*" matches any position.
            [Meta + "tags"] = device.Tags.Count == 0 ? "" : $",{string.Join(',', device.Tags)},",
        };
        AddWhenSet(labels, "site", device.Site);
        AddWhenSet(labels, "rack", device.Rack);
        AddWhenSet(labels, "environment", device.Environment?.ToString());
        AddWhenSet(labels, "criticality", device.Criticality?.ToString());
        AddWhenSet(labels, "owner_team", device.OwnerTeam);
        AddWhenSet(labels, "hostname", device.Fqdn ?? device.Hostname);
        return new PrometheusTargetGroup([target], labels);
    }

    private static void AddWhenSet(SortedDictionary<string, string> labels, string name, string? value)
    {
        if (value is not null)
        {
            labels[Meta + name] = value;
        }
    }
}
