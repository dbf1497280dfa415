using System.Globalization;
using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Discovery.Snmp;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>The system group, interfaces and LLDP neighbours of an agent, through the project's own SNMP v2c client.</summary>
public static class SnmpProbe
{
    public sealed record Result(SnmpSystemObservation System, IReadOnlyList<InterfaceObservation> Interfaces, IReadOnlyList<NeighbourObservation> Neighbours);

    /// <summary>Null when the agent stays silent (down, filtered or another community: SNMP v2c cannot tell them apart).</summary>
    public static async Task<Result?> ReadAsync(SnmpClient client, IPAddress address, int port, SnmpCommunity community, ProbeGate gate, CancellationToken ct)
    {
        var target = new SnmpTarget(new IPEndPoint(address, port), community);
        SnmpSystemInfo system;
        try
        {
            system = await gate.RunAsync(c => SnmpSystemInfo.ReadAsync(client, target, c), ct);
        }
        catch (SnmpException)
        {
            return null;
        }
        var interfaces = await TableAsync(gate, c => SnmpInterface.ReadAllAsync(client, target, c), ct);
        var neighbours = await TableAsync(gate, c => SnmpLldpNeighbour.ReadAllAsync(client, target, c), ct);
        return new Result(
            new SnmpSystemObservation(system.Name, system.Description, system.ObjectId?.ToString(), (long?)system.UpTime?.TotalSeconds),
            [.. interfaces.Select(Interface)],
            [.. neighbours.Select(n => new NeighbourObservation(n.LocalPortId ?? n.LocalPortNumber.ToString(CultureInfo.InvariantCulture), n.ChassisId, n.PortId, n.SystemName))]);
    }

    /// <summary>An agent that answered the system group but fails on a table (no LLDP MIB, a broken walk) still told us who it is.</summary>
    private static async Task<IReadOnlyList<T>> TableAsync<T>(ProbeGate gate, Func<CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken ct)
    {
        try
        {
            return await gate.RunAsync(read, ct);
        }
        catch (SnmpException)
        {
            return [];
        }
    }

    private static InterfaceObservation Interface(SnmpInterface row)
    {
        var speed = row.SpeedBitsPerSecond is { } bits ? (int?)Math.Min(bits / 1_000_000, 10_000_000) : null;
        var mac = row.PhysicalAddress is { } physical && physical.GetAddressBytes().Length == 6
            ? string.Join(':', physical.GetAddressBytes().Select(b => b.ToString("x2", CultureInfo.InvariantCulture)))
            : null;
        var name = row.Name ?? row.Description ?? $"if{row.Index}";
        return new InterfaceObservation(name.Length > 64 ? name[..64] : name, row.Description, speed, mac, row.OperStatus == SnmpInterfaceStatus.Up, KindOf(row.Type, speed));
    }

    /// <summary>IANAifType and speed say enough to pick a kind; anything unusual is Other and can be corrected later.</summary>
    public static InterfaceKind KindOf(int? ifType, int? speedMbps) => ifType switch
    {
        24 or 53 or 131 or 135 or 136 => InterfaceKind.Virtual,
        161 => InterfaceKind.Lag,
        71 => InterfaceKind.Wireless,
        6 or 62 or 117 => speedMbps switch
        {
            >= 100_000 => InterfaceKind.Qsfp100G,
            >= 40_000 => InterfaceKind.Qsfp40G,
            >= 25_000 => InterfaceKind.Sfp25G,
            >= 10_000 => InterfaceKind.Sfp10G,
            _ => InterfaceKind.Base1000T,
        },
        _ => InterfaceKind.Other,
    };
}
