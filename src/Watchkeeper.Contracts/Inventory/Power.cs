using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>An electrical panel (distribution board) at a site; feeds leave from it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="SiteId">The site.</param>
/// <param name="SiteName">The site's name.</param>
/// <param name="LocationId">The room or area it stands in, if known.</param>
/// <param name="Name">Name, unique in its site.</param>
/// <param name="Notes">Free text.</param>
/// <param name="FeedCount">Feeds leaving the panel.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record PowerPanelDto(long Id, long SiteId, string SiteName, long? LocationId, string Name, string? Notes, int FeedCount, int Version);

/// <summary>Creates a power panel, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Name">Name, unique in its site.</param>
/// <param name="LocationId">A location of the same site, or null.</param>
/// <param name="Notes">Free text.</param>
public sealed record PowerPanelRequest(
    [property: Required] long? SiteId,
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    long? LocationId = null,
    [property: StringLength(1000)] string? Notes = null);

/// <summary>How much of a supply is drawn: by the normal split, and if every partner path fails.</summary>
/// <param name="CapacityWatts">Usable capacity in watts; null when unknown (a PDU or UPS type without a maximum output).</param>
/// <param name="LoadWatts">Draw with every connection up: each device's draw spread evenly over its connections.</param>
/// <param name="FailoverWatts">Draw if every partner path fails: each device supplied puts its whole draw here.</param>
/// <param name="DeviceCount">Devices supplied, directly or through PDUs and UPS units.</param>
/// <param name="UnknownDraw">Devices supplied whose type has no power draw; they are not in the watts.</param>
public sealed record PowerLoadDto(int? CapacityWatts, int LoadWatts, int FailoverWatts, int DeviceCount, IReadOnlyList<NamedRef> UnknownDraw)
{
    /// <summary>Load as a share of capacity, 0–100 and above when overloaded; null without a capacity.</summary>
    public int? LoadPercent => Percent(LoadWatts);

    /// <summary>Failover load as a share of capacity; null without a capacity.</summary>
    public int? FailoverPercent => Percent(FailoverWatts);

    private int? Percent(int watts) => CapacityWatts is { } capacity and > 0 ? (int)Math.Round(100.0 * watts / capacity) : null;
}

/// <summary>A circuit from a panel: a voltage, a breaker size and the share of it that may be used.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="PanelId">The panel it leaves from.</param>
/// <param name="PanelName">The panel's name.</param>
/// <param name="SiteId">The panel's site.</param>
/// <param name="Name">Name, unique in its panel.</param>
/// <param name="Status">Planned, active, offline or failed.</param>
/// <param name="Type">Primary (A) or redundant (B).</param>
/// <param name="Supply">AC or DC.</param>
/// <param name="Phase">Single or three phase.</param>
/// <param name="Voltage">Volts (phase to phase for three phase).</param>
/// <param name="Amperage">Breaker rating in amperes.</param>
/// <param name="MaxUtilizationPercent">Share of the rating that may be drawn (commonly 80).</param>
/// <param name="Rack">The rack it serves, if one.</param>
/// <param name="Notes">Free text.</param>
/// <param name="Load">Capacity (V × A × √3 for three phase × max utilization) and load.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record PowerFeedDto(
    long Id, long PanelId, string PanelName, long SiteId, string Name, PowerFeedStatus Status, PowerFeedType Type, PowerSupply Supply,
    PowerPhase Phase, int Voltage, int Amperage, int MaxUtilizationPercent, NamedRef? Rack, string? Notes, PowerLoadDto Load, int Version);

/// <summary>Creates a power feed, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="PanelId">The panel it leaves from.</param>
/// <param name="Name">Name, unique in its panel.</param>
/// <param name="Status">Default active.</param>
/// <param name="Type">Default primary.</param>
/// <param name="Supply">Default AC.</param>
/// <param name="Phase">Default single phase; DC feeds are single phase.</param>
/// <param name="Voltage">1–1000 V; default 230.</param>
/// <param name="Amperage">1–1000 A; default 16.</param>
/// <param name="MaxUtilizationPercent">1–100; default 80.</param>
/// <param name="RackId">A rack at the panel's site, or null.</param>
/// <param name="Notes">Free text.</param>
public sealed record PowerFeedRequest(
    [property: Required] long? PanelId,
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    PowerFeedStatus Status = PowerFeedStatus.Active,
    PowerFeedType Type = PowerFeedType.Primary,
    PowerSupply Supply = PowerSupply.Ac,
    PowerPhase Phase = PowerPhase.SinglePhase,
    [property: Range(1, 1000)] int Voltage = 230,
    [property: Range(1, 1000)] int Amperage = 16,
    [property: Range(1, 100)] int MaxUtilizationPercent = 80,
    long? RackId = null,
    [property: StringLength(1000)] string? Notes = null);

/// <summary>A power cord: a device draws from a feed or from an outlet of a PDU or UPS.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Device">The device that draws power.</param>
/// <param name="Feed">The feed it draws from, or null.</param>
/// <param name="UpstreamDevice">The PDU or UPS it draws from, or null.</param>
/// <param name="Label">Outlet or power supply, e.g. "PSU1 → outlet 7".</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record PowerConnectionDto(long Id, NamedRef Device, NamedRef? Feed, NamedRef? UpstreamDevice, string? Label, int Version);

/// <summary>Creates a power connection, or replaces all of its fields (<c>PUT</c>). Give exactly one of the feed and the upstream device.</summary>
/// <param name="DeviceId">The device that draws power.</param>
/// <param name="FeedId">The feed it draws from.</param>
/// <param name="UpstreamDeviceId">The PDU or UPS it draws from.</param>
/// <param name="Label">Outlet or power supply.</param>
public sealed record PowerConnectionRequest(
    [property: Required] long? DeviceId,
    long? FeedId = null,
    long? UpstreamDeviceId = null,
    [property: StringLength(100)] string? Label = null);

/// <summary>Filters of the power connection list.</summary>
/// <param name="DeviceId">Only the cords of this device.</param>
/// <param name="FeedId">Only cords into this feed.</param>
/// <param name="UpstreamDeviceId">Only cords into this PDU or UPS.</param>
public sealed record PowerConnectionFilter(long? DeviceId = null, long? FeedId = null, long? UpstreamDeviceId = null);

/// <summary>A device drawing from one supply, as the supply's page lists it.</summary>
/// <param name="ConnectionId">The power connection.</param>
/// <param name="Device">The device.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="DrawWatts">What it needs: its type's draw plus, for a PDU or UPS, what it supplies; null when unknown.</param>
/// <param name="Paths">How many connections it has, over which its draw is spread.</param>
/// <param name="ShareWatts">Its share on this supply with every path up.</param>
/// <param name="Label">Outlet or power supply.</param>
public sealed record PowerConsumerDto(long ConnectionId, NamedRef Device, DeviceKind Kind, int? DrawWatts, int Paths, int ShareWatts, string? Label);

/// <summary>A panel of a site with its feeds and their load.</summary>
/// <param name="Panel">The panel.</param>
/// <param name="Feeds">Its feeds by name.</param>
public sealed record SitePowerPanelDto(PowerPanelDto Panel, IReadOnlyList<PowerFeedDto> Feeds);

/// <summary>The power of a device: its cords and, for a PDU or UPS, what it supplies.</summary>
/// <param name="DeviceId">The device.</param>
/// <param name="DrawWatts">Its type's power draw, if known.</param>
/// <param name="Connections">Where it draws power from.</param>
/// <param name="Load">For a PDU or UPS: its capacity (the type's maximum output) and load; otherwise null.</param>
/// <param name="Consumers">For a PDU or UPS: the devices plugged into it.</param>
public sealed record DevicePowerDto(long DeviceId, int? DrawWatts, IReadOnlyList<PowerConnectionDto> Connections, PowerLoadDto? Load, IReadOnlyList<PowerConsumerDto> Consumers);
