using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A model of device from the type catalog.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Manufacturer">Manufacturer.</param>
/// <param name="Model">Model, unique per manufacturer.</param>
/// <param name="HeightU">Rack units it takes (0 for devices that are not racked by unit, e.g. a vertical PDU).</param>
/// <param name="FullDepth">True when it fills the rack's depth, so the same units on the other face are taken too.</param>
/// <param name="PowerDrawWatts">Typical power draw in watts.</param>
/// <param name="DeviceCount">Devices of this type.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
/// <param name="Interfaces">The interfaces a device of this type comes with.</param>
/// <param name="MaxOutputWatts">For a PDU or UPS: the most it can supply, in watts.</param>
public sealed record DeviceTypeDto(long Id, string Manufacturer, string Model, int HeightU, bool FullDepth, int? PowerDrawWatts, int DeviceCount, int Version,
    IReadOnlyList<InterfaceTemplate>? Interfaces = null, int? MaxOutputWatts = null);

/// <summary>Filters of the device type list, on top of paging and <c>q</c> (manufacturer, model).</summary>
/// <param name="Manufacturer">Only this manufacturer's types (the whole name, in any case).</param>
/// <param name="HeightU">Only types this many rack units high, 0–60.</param>
public sealed record DeviceTypeFilter(string? Manufacturer = null, int? HeightU = null);

/// <summary>Creates a device type, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="Manufacturer">Manufacturer.</param>
/// <param name="Model">Model, unique per manufacturer.</param>
/// <param name="HeightU">Rack units (0–60); default 1.</param>
/// <param name="FullDepth">Fills the rack's depth; default true.</param>
/// <param name="PowerDrawWatts">Typical power draw in watts.</param>
/// <param name="Interfaces">The interfaces a device of this type comes with; null leaves them as they are.</param>
/// <param name="MaxOutputWatts">For a PDU or UPS: the most it can supply, in watts.</param>
public sealed record DeviceTypeRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Manufacturer,
    [property: Required, StringLength(100, MinimumLength = 1)] string Model,
    [property: Range(0, 60)] int HeightU = 1,
    bool FullDepth = true,
    [property: Range(0, 100_000)] int? PowerDrawWatts = null,
    IReadOnlyList<InterfaceTemplate>? Interfaces = null,
    [property: Range(1, 1_000_000)] int? MaxOutputWatts = null);

/// <summary>A short reference to another object.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Name.</param>
public sealed record NamedRef(long Id, string Name);

/// <summary>A device: physical, virtual or in a cloud. Its id is its configuration item id.</summary>
/// <param name="Id">Identifier (the configuration item's).</param>
/// <param name="Name">Name, unique among the organization's devices.</param>
/// <param name="Kind">What kind of device.</param>
/// <param name="Status">Lifecycle status.</param>
/// <param name="Environment">Environment it serves.</param>
/// <param name="Criticality">How much its failure hurts.</param>
/// <param name="OwnerTeam">The team that owns it.</param>
/// <param name="Description">Free text.</param>
/// <param name="DeviceType">Catalog type.</param>
/// <param name="Hostname">Host name.</param>
/// <param name="Fqdn">Fully qualified domain name.</param>
/// <param name="Serial">Serial number, unique in the organization.</param>
/// <param name="AssetTag">Asset tag, unique in the organization.</param>
/// <param name="PrimaryIp">Primary IPv4 or IPv6 address.</param>
/// <param name="OsName">Operating system.</param>
/// <param name="OsVersion">Operating system version.</param>
/// <param name="CpuCores">CPU cores.</param>
/// <param name="MemoryMb">Memory in MiB.</param>
/// <param name="DiskGb">Disk in GB.</param>
/// <param name="Site">The site.</param>
/// <param name="Rack">The rack.</param>
/// <param name="Position">Lowest rack unit it takes.</param>
/// <param name="Face">Rack face it is mounted on.</param>
/// <param name="HeightU">Units it takes (from its type).</param>
/// <param name="CloudProvider">Cloud provider, for cloud resources.</param>
/// <param name="CloudAccount">Cloud account or subscription.</param>
/// <param name="CloudRegion">Cloud region.</param>
/// <param name="PurchaseDate">Purchase date.</param>
/// <param name="WarrantyEnd">Last day of warranty.</param>
/// <param name="Tags">Tags, lower case, sorted.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
/// <param name="SupportContract">The contract that supports it.</param>
/// <param name="CustomFields">Values of the organization's custom fields for devices, by key.</param>
public sealed record DeviceDto(
    long Id, string Name, DeviceKind Kind, LifecycleStatus Status, DeploymentEnvironment? Environment, Criticality? Criticality,
    NamedRef? OwnerTeam, string? Description, NamedRef? DeviceType, string? Hostname, string? Fqdn, string? Serial, string? AssetTag,
    string? PrimaryIp, string? OsName, string? OsVersion, int? CpuCores, int? MemoryMb, int? DiskGb,
    NamedRef? Site, NamedRef? Rack, int? Position, RackFace? Face, int HeightU,
    string? CloudProvider, string? CloudAccount, string? CloudRegion, DateOnly? PurchaseDate, DateOnly? WarrantyEnd,
    IReadOnlyList<string> Tags, DateTimeOffset CreatedAt, int Version,
    NamedRef? SupportContract = null, IReadOnlyDictionary<string, string>? CustomFields = null)
{
    /// <summary>The request that would write this device as it is: the starting point for changing some fields with <c>PUT</c>.</summary>
    public DeviceRequest ToRequest() => new(
        Name, Kind, Status, Environment, Criticality, OwnerTeam?.Id, Description, DeviceType?.Id, Hostname, Fqdn,
        Serial, AssetTag, PrimaryIp, OsName, OsVersion, CpuCores, MemoryMb, DiskGb, Site?.Id, Rack?.Id, Position, Face,
        CloudProvider, CloudAccount, CloudRegion, PurchaseDate, WarrantyEnd, Tags, SupportContract?.Id,
        CustomFields?.ToDictionary(f => f.Key, f => (string?)f.Value));
}

/// <summary>Creates a device, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="Name">Name, unique among the organization's devices.</param>
/// <param name="Kind">What kind of device.</param>
/// <param name="Status">Lifecycle status; default active.</param>
/// <param name="Environment">Environment it serves.</param>
/// <param name="Criticality">How much its failure hurts.</param>
/// <param name="OwnerTeamId">Owning team.</param>
/// <param name="Description">Free text.</param>
/// <param name="DeviceTypeId">Catalog type; needed to place it at a rack position.</param>
/// <param name="Hostname">Host name.</param>
/// <param name="Fqdn">Fully qualified domain name.</param>
/// <param name="Serial">Serial number.</param>
/// <param name="AssetTag">Asset tag.</param>
/// <param name="PrimaryIp">Primary IPv4 or IPv6 address.</param>
/// <param name="OsName">Operating system.</param>
/// <param name="OsVersion">Operating system version.</param>
/// <param name="CpuCores">CPU cores.</param>
/// <param name="MemoryMb">Memory in MiB.</param>
/// <param name="DiskGb">Disk in GB.</param>
/// <param name="SiteId">The site; taken from the rack when omitted.</param>
/// <param name="RackId">The rack.</param>
/// <param name="Position">Lowest rack unit it takes.</param>
/// <param name="Face">Rack face; default front when a position is given.</param>
/// <param name="CloudProvider">Cloud provider.</param>
/// <param name="CloudAccount">Cloud account or subscription.</param>
/// <param name="CloudRegion">Cloud region.</param>
/// <param name="PurchaseDate">Purchase date.</param>
/// <param name="WarrantyEnd">Last day of warranty.</param>
/// <param name="Tags">Tags (letters, digits, - _ . :); stored in lower case. Null or empty removes all.</param>
/// <param name="SupportContractId">The contract that supports it.</param>
/// <param name="CustomFields">Custom field values by key; a field left out or empty has no value.</param>
public sealed record DeviceRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    DeviceKind Kind = DeviceKind.Server,
    LifecycleStatus Status = LifecycleStatus.Active,
    DeploymentEnvironment? Environment = null,
    Criticality? Criticality = null,
    long? OwnerTeamId = null,
    [property: StringLength(1000)] string? Description = null,
    long? DeviceTypeId = null,
    [property: StringLength(255)] string? Hostname = null,
    [property: StringLength(255)] string? Fqdn = null,
    [property: StringLength(100)] string? Serial = null,
    [property: StringLength(100)] string? AssetTag = null,
    [property: StringLength(64)] string? PrimaryIp = null,
    [property: StringLength(100)] string? OsName = null,
    [property: StringLength(100)] string? OsVersion = null,
    [property: Range(1, 100_000)] int? CpuCores = null,
    [property: Range(1, int.MaxValue)] int? MemoryMb = null,
    [property: Range(1, int.MaxValue)] int? DiskGb = null,
    long? SiteId = null,
    long? RackId = null,
    [property: Range(1, 60)] int? Position = null,
    RackFace? Face = null,
    [property: StringLength(100)] string? CloudProvider = null,
    [property: StringLength(100)] string? CloudAccount = null,
    [property: StringLength(100)] string? CloudRegion = null,
    DateOnly? PurchaseDate = null,
    DateOnly? WarrantyEnd = null,
    IReadOnlyList<string>? Tags = null,
    long? SupportContractId = null,
    IReadOnlyDictionary<string, string?>? CustomFields = null);

/// <summary>Filters of the device list, on top of paging and <c>q</c> (name, serial, asset tag, IP).</summary>
/// <param name="SiteId">Only devices at this site.</param>
/// <param name="RackId">Only devices in this rack.</param>
/// <param name="Kind">Only this kind.</param>
/// <param name="Status">Only this lifecycle status.</param>
/// <param name="Tag">Only devices with this tag.</param>
/// <param name="SupportContractId">Only devices supported by this contract.</param>
public sealed record DeviceFilter(long? SiteId = null, long? RackId = null, DeviceKind? Kind = null, LifecycleStatus? Status = null, string? Tag = null,
    long? SupportContractId = null);
