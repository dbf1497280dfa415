namespace Watchkeeper.Contracts;

/// <summary>
/// One target group of Prometheus HTTP service discovery: the addresses to scrape and the labels
/// Prometheus attaches to them (<c>__meta_watchkeeper_*</c> for relabelling, <c>watchkeeper_item</c> kept).
/// </summary>
/// <param name="Targets">"host:port" addresses; one per device.</param>
/// <param name="Labels">Label names and values.</param>
public sealed record PrometheusTargetGroup(IReadOnlyList<string> Targets, IReadOnlyDictionary<string, string> Labels);

/// <summary>Which devices the Prometheus service discovery returns and on which port.</summary>
/// <param name="Tag">Only devices with every one of these tags (repeat the parameter).</param>
/// <param name="Kind">Only this device kind.</param>
/// <param name="Status">Only this lifecycle status; Active when not given.</param>
/// <param name="Site">Only devices at this site, by name or id.</param>
/// <param name="Environment">Only this environment.</param>
/// <param name="Port">The port to scrape, 9100 (node exporter) when not given.</param>
/// <param name="PortLabel">Take the port from a device's tag "label:port" (e.g. exporter-port:9182), falling back to Port.</param>
/// <param name="PortField">Take the port from this number custom field of devices (its key), falling back to PortLabel, then Port.</param>
public sealed record PrometheusTargetFilter(
    string[]? Tag = null, DeviceKind? Kind = null, LifecycleStatus? Status = null, string? Site = null,
    DeploymentEnvironment? Environment = null, int? Port = null, string? PortLabel = null, string? PortField = null);
