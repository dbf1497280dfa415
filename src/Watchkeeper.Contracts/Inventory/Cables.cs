using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>The medium of a cable.</summary>
public enum CableType
{
    /// <summary>Category 5e twisted pair.</summary>
    Cat5e,
    /// <summary>Category 6 twisted pair.</summary>
    Cat6,
    /// <summary>Category 6a twisted pair.</summary>
    Cat6a,
    /// <summary>Single-mode fibre.</summary>
    FibreSingleMode,
    /// <summary>Multi-mode fibre.</summary>
    FibreMultiMode,
    /// <summary>Direct-attach copper.</summary>
    Dac,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>Whether a cable is in place.</summary>
public enum CableStatus
{
    /// <summary>Designed, not yet run.</summary>
    Planned,
    /// <summary>In place.</summary>
    Connected,
    /// <summary>To be removed.</summary>
    Decommissioning,
}

/// <summary>One end of a cable.</summary>
/// <param name="Device">The device.</param>
/// <param name="Interface">The interface.</param>
public sealed record CableEndDto(NamedRef Device, NamedRef Interface);

/// <summary>A cable between two interfaces.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="A">The A end.</param>
/// <param name="B">The B end.</param>
/// <param name="Type">Medium.</param>
/// <param name="Label">Label printed on the cable.</param>
/// <param name="LengthMeters">Length in metres.</param>
/// <param name="Colour">Colour.</param>
/// <param name="Status">Status.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record CableDto(long Id, CableEndDto A, CableEndDto B, CableType Type, string? Label, double? LengthMeters, string? Colour, CableStatus Status, int Version);

/// <summary>Connects two interfaces, or replaces a cable's fields (<c>PUT</c>; changing an end moves the cable).</summary>
/// <param name="AInterfaceId">The A-end interface.</param>
/// <param name="BInterfaceId">The B-end interface.</param>
/// <param name="Type">Medium; default Cat6.</param>
/// <param name="Label">Label.</param>
/// <param name="LengthMeters">Length in metres.</param>
/// <param name="Colour">Colour.</param>
/// <param name="Status">Status; default connected.</param>
public sealed record CableRequest(
    long AInterfaceId,
    long BInterfaceId,
    CableType Type = CableType.Cat6,
    [property: StringLength(100)] string? Label = null,
    [property: Range(0, 100_000)] double? LengthMeters = null,
    [property: StringLength(32)] string? Colour = null,
    CableStatus Status = CableStatus.Connected);

/// <summary>Filters for the cable list.</summary>
/// <param name="DeviceId">Only cables with an end on this device.</param>
public sealed record CableFilter(long? DeviceId = null);
