using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A place that holds equipment: a data centre, an office, a colocation suite.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="Address">Postal address.</param>
/// <param name="TimeZone">IANA time zone, e.g. <c>Europe/Berlin</c>.</param>
/// <param name="Latitude">Latitude in degrees (−90 to 90).</param>
/// <param name="Longitude">Longitude in degrees (−180 to 180).</param>
/// <param name="Contacts">Who to call at the site.</param>
/// <param name="Description">What the site is.</param>
/// <param name="RackCount">Racks at the site.</param>
/// <param name="DeviceCount">Devices at the site.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record SiteDto(
    long Id, string Name, string? Address, string TimeZone, double? Latitude, double? Longitude,
    string? Contacts, string? Description, int RackCount, int DeviceCount, int Version);

/// <summary>Filters of the site list, on top of paging and <c>q</c> (name, address).</summary>
/// <param name="TimeZone">Only sites in this IANA time zone, e.g. <c>Europe/Berlin</c>.</param>
public sealed record SiteFilter(string? TimeZone = null);

/// <summary>Creates a site, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="TimeZone">IANA time zone; default UTC.</param>
/// <param name="Address">Postal address.</param>
/// <param name="Latitude">Latitude in degrees; give it with the longitude.</param>
/// <param name="Longitude">Longitude in degrees; give it with the latitude.</param>
/// <param name="Contacts">Who to call at the site.</param>
/// <param name="Description">What the site is.</param>
public sealed record SiteRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: StringLength(64)] string? TimeZone = null,
    [property: StringLength(500)] string? Address = null,
    [property: Range(-90.0, 90.0)] double? Latitude = null,
    [property: Range(-180.0, 180.0)] double? Longitude = null,
    [property: StringLength(1000)] string? Contacts = null,
    [property: StringLength(1000)] string? Description = null);

/// <summary>A building, floor, room or area inside a site; locations form a tree.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="SiteId">The site.</param>
/// <param name="ParentId">The enclosing location, or null at the top of the site.</param>
/// <param name="Name">Name, unique among its siblings.</param>
/// <param name="Kind">Building, floor, room or area.</param>
/// <param name="Description">What it is.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record LocationDto(long Id, long SiteId, long? ParentId, string Name, LocationKind Kind, string? Description, int Version);

/// <summary>Creates a location, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Name">Name, unique among its siblings.</param>
/// <param name="Kind">Building, floor, room or area.</param>
/// <param name="ParentId">The enclosing location in the same site, or null.</param>
/// <param name="Description">What it is.</param>
public sealed record LocationRequest(
    [property: Required] long? SiteId,
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    LocationKind Kind = LocationKind.Room,
    long? ParentId = null,
    [property: StringLength(1000)] string? Description = null);

/// <summary>A rack: numbered units that hold devices on its front and rear.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="SiteId">The site.</param>
/// <param name="SiteName">The site's name.</param>
/// <param name="LocationId">The room or area, if known.</param>
/// <param name="Name">Name, unique in its site.</param>
/// <param name="HeightU">Height in rack units (1–60).</param>
/// <param name="Numbering">Whether unit 1 is at the bottom or the top.</param>
/// <param name="Description">What it is.</param>
/// <param name="UsedU">Units taken by devices (a full-depth device counts once).</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record RackDto(
    long Id, long SiteId, string SiteName, long? LocationId, string Name, int HeightU, RackNumbering Numbering,
    string? Description, int UsedU, int Version)
{
    /// <summary>Share of the rack's units in use, 0–100.</summary>
    public int UtilizationPercent => HeightU == 0 ? 0 : (int)Math.Round(100.0 * UsedU / HeightU);
}

/// <summary>Creates a rack, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Name">Name, unique in its site.</param>
/// <param name="HeightU">Height in rack units (1–60); default 42.</param>
/// <param name="Numbering">Unit 1 at the bottom (ascending, default) or the top.</param>
/// <param name="LocationId">A location in the same site.</param>
/// <param name="Description">What it is.</param>
public sealed record RackRequest(
    [property: Required] long? SiteId,
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Range(1, 60)] int HeightU = 42,
    RackNumbering Numbering = RackNumbering.Ascending,
    long? LocationId = null,
    [property: StringLength(1000)] string? Description = null);

/// <summary>A rack and what is mounted in it, for drawing its front and rear.</summary>
/// <param name="Rack">The rack, with its utilization.</param>
/// <param name="Devices">Devices in the rack; those without a position (0U, or not yet placed) have a null position.</param>
public sealed record RackElevationDto(RackDto Rack, IReadOnlyList<RackedDeviceDto> Devices);

/// <summary>A device as it sits in a rack.</summary>
/// <param name="Id">Device id.</param>
/// <param name="Name">Device name.</param>
/// <param name="Kind">Device kind.</param>
/// <param name="Status">Lifecycle status.</param>
/// <param name="Position">Lowest unit it takes, or null.</param>
/// <param name="HeightU">Units it takes.</param>
/// <param name="Face">Face it is mounted on.</param>
/// <param name="FullDepth">True when it shows on both faces.</param>
public sealed record RackedDeviceDto(long Id, string Name, DeviceKind Kind, LifecycleStatus Status, int? Position, int HeightU, RackFace? Face, bool FullDepth);
