using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>What an interface is, physically or logically.</summary>
public enum InterfaceKind
{
    /// <summary>A logical interface (loopback, VLAN interface, tunnel); cannot be cabled.</summary>
    Virtual,
    /// <summary>A link aggregation group; other interfaces of the device are its members; cannot be cabled.</summary>
    Lag,
    /// <summary>1000BASE-T copper.</summary>
    Base1000T,
    /// <summary>10GBASE-T copper.</summary>
    Base10GT,
    /// <summary>10G SFP+ (10GBASE-SR, -LR, DAC).</summary>
    Sfp10G,
    /// <summary>25G SFP28.</summary>
    Sfp25G,
    /// <summary>40G QSFP+.</summary>
    Qsfp40G,
    /// <summary>100G QSFP28.</summary>
    Qsfp100G,
    /// <summary>A radio; cannot be cabled.</summary>
    Wireless,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>An interface a device of a catalog type comes with.</summary>
/// <param name="Name">Name, unique within the type.</param>
/// <param name="Kind">Kind.</param>
/// <param name="SpeedMbps">Speed in Mb/s.</param>
/// <param name="ManagementOnly">Used only for out-of-band management.</param>
public sealed record InterfaceTemplate(
    [property: Required, StringLength(64, MinimumLength = 1)] string Name,
    InterfaceKind Kind = InterfaceKind.Base1000T,
    [property: Range(0, 10_000_000)] int? SpeedMbps = null,
    bool ManagementOnly = false);

/// <summary>The other end of an interface's cable.</summary>
/// <param name="CableId">The cable.</param>
/// <param name="Device">The peer device.</param>
/// <param name="Interface">The peer interface.</param>
public sealed record CablePeer(long CableId, NamedRef Device, NamedRef Interface);

/// <summary>A network interface of a device.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Device">The device it belongs to.</param>
/// <param name="Name">Name, unique on the device.</param>
/// <param name="Kind">Kind.</param>
/// <param name="SpeedMbps">Speed in Mb/s.</param>
/// <param name="MacAddress">MAC address as aa:bb:cc:dd:ee:ff.</param>
/// <param name="Enabled">Administratively up.</param>
/// <param name="ManagementOnly">Used only for out-of-band management.</param>
/// <param name="Description">Free text.</param>
/// <param name="Lag">The LAG it is a member of.</param>
/// <param name="Peer">The far end of its cable, when cabled.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record InterfaceDto(
    long Id, NamedRef Device, string Name, InterfaceKind Kind, int? SpeedMbps, string? MacAddress, bool Enabled, bool ManagementOnly,
    string? Description, NamedRef? Lag, CablePeer? Peer, int Version)
{
    /// <summary>The request that would write this interface as it is.</summary>
    public InterfaceRequest ToRequest() => new(Device.Id, Name, Kind, SpeedMbps, MacAddress, Enabled, ManagementOnly, Description, Lag?.Id);
}

/// <summary>Creates an interface, or replaces its fields (<c>PUT</c>; the device cannot change).</summary>
/// <param name="DeviceId">The device.</param>
/// <param name="Name">Name, unique on the device.</param>
/// <param name="Kind">Kind.</param>
/// <param name="SpeedMbps">Speed in Mb/s.</param>
/// <param name="MacAddress">MAC address in any common spelling (aa:bb…, AA-BB…, aabb.ccdd.eeff); stored as aa:bb:cc:dd:ee:ff.</param>
/// <param name="Enabled">Administratively up; default true.</param>
/// <param name="ManagementOnly">Used only for out-of-band management.</param>
/// <param name="Description">Free text.</param>
/// <param name="LagId">A LAG-kind interface of the same device this one is a member of.</param>
public sealed record InterfaceRequest(
    long DeviceId,
    [property: Required, StringLength(64, MinimumLength = 1)] string Name,
    InterfaceKind Kind = InterfaceKind.Base1000T,
    [property: Range(0, 10_000_000)] int? SpeedMbps = null,
    [property: StringLength(32)] string? MacAddress = null,
    bool Enabled = true,
    bool ManagementOnly = false,
    [property: StringLength(1000)] string? Description = null,
    long? LagId = null);

/// <summary>Filters for the interface list.</summary>
/// <param name="DeviceId">Only this device's interfaces.</param>
public sealed record InterfaceFilter(long? DeviceId = null);

/// <summary>What "add missing interfaces from type" did.</summary>
/// <param name="Added">Interfaces created.</param>
public sealed record InterfacesAdded(int Added);
