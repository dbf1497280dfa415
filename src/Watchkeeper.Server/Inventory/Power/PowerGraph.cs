using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>Where a cord draws from: a feed or an upstream PDU or UPS.</summary>
public readonly record struct PowerSource(bool IsFeed, long Id)
{
    public static PowerSource Feed(long id) => new(true, id);

    public static PowerSource Device(long id) => new(false, id);
}

/// <summary>One power connection as the load computation sees it.</summary>
public sealed record PowerCord(long ConnectionId, long DeviceId, PowerSource Source, string? Label);

/// <summary>A device with what its type says about power: what it draws and, for a PDU or UPS, what it can supply.</summary>
public sealed record PoweredDevice(long Id, string Name, DeviceKind Kind, int? DrawWatts, int? MaxOutputWatts)
{
    public bool Supplies => Kind is DeviceKind.Pdu or DeviceKind.Ups;

    /// <summary>
    /// A PDU's or UPS's own overhead is small next to what it passes on and is rarely in a catalog, so
    /// an unknown one counts as zero instead of hiding the whole chain behind "unknown draw".
    /// </summary>
    public bool DrawUnknown => DrawWatts is null && !Supplies;
}

/// <summary>The cords of an organization and the devices at either end of them.</summary>
public sealed record PowerGraph(IReadOnlyList<PowerCord> Cords, IReadOnlyDictionary<long, PoweredDevice> Devices);
