using System.Globalization;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Discovery.Prometheus;

/// <summary>What service discovery needs of one device, read in one query.</summary>
public sealed record ScrapeCandidate(
    long Id, string Name, DeviceKind Kind, LifecycleStatus Status, DeploymentEnvironment? Environment, Criticality? Criticality,
    string? OwnerTeam, string? Site, string? Rack, string? PrimaryIp, string? Fqdn, string? Hostname, List<string> Tags, List<FieldValue> Fields);

/// <summary>A custom field's value, in the canonical text the inventory keeps.</summary>
public sealed record FieldValue(string Key, string Value);

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

    /// <summary>The port from the custom field, else from the tag "label:port", when asked for and valid; else the default.</summary>
    public static int Port(ScrapeCandidate device, int defaultPort, string? portLabel, string? portField)
    {
        var fromField = portField is null ? null : device.Fields.FirstOrDefault(f => f.Key == portField)?.Value;
        var prefix = portLabel + ":";
        var fromTag = portLabel is null ? null : device.Tags.FirstOrDefault(t => t.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
        return AsPort(fromField) ?? AsPort(fromTag) ?? defaultPort;
    }

    private static int? AsPort(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535 ? port : null;

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
        foreach (var field in device.Fields)
        {
            // Label names allow only letters, digits and underscores; custom field keys may also hold - and .
            labels[Meta + "field_" + LabelName(field.Key)] = field.Value;
        }
        return new PrometheusTargetGroup([target], labels);
    }

    private static string LabelName(string key) => string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));

    private static void AddWhenSet(SortedDictionary<string, string> labels, string name, string? value)
    {
        if (value is not null)
        {
            labels[Meta + name] = value;
        }
    }
}
