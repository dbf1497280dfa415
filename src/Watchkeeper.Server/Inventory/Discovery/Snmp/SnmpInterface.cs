using System.Net.NetworkInformation;

namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>One row of ifTable joined with ifXTable by ifIndex.</summary>
/// <param name="Type">IANAifType, e.g. 6 ethernetCsmacd, 24 softwareLoopback.</param>
/// <param name="SpeedBitsPerSecond">ifSpeed, or ifHighSpeed × 10⁶ when ifSpeed is saturated (links above 4.29 Gbit/s).</param>
/// <param name="PhysicalAddress">Null when the interface has none (loopback, tunnels).</param>
public sealed record SnmpInterface(
    int Index,
    string? Name,
    string? Description,
    string? Alias,
    int? Type,
    ulong? SpeedBitsPerSecond,
    PhysicalAddress? PhysicalAddress,
    SnmpInterfaceStatus AdminStatus,
    SnmpInterfaceStatus OperStatus)
{
    private static readonly uint[] IfColumns = [2, 3, 5, 6, 7, 8];
    private static readonly uint[] IfXColumns = [1, 15, 18];

    public static async Task<IReadOnlyList<SnmpInterface>> ReadAllAsync(SnmpClient client, SnmpTarget target, CancellationToken cancellationToken)
    {
        var ifTable = await SnmpTable.ReadAsync(client, target, MibOids.IfEntry, IfColumns, cancellationToken);
        var ifXTable = await SnmpTable.ReadAsync(client, target, MibOids.IfXEntry, IfXColumns, cancellationToken);
        return [.. ifTable.RowIndexes
            .Where(index => index is [> 0 and <= int.MaxValue])
            .Select(index => new SnmpInterface(
                (int)index[0],
                ifXTable.Get(index, 1)?.AsText(),
                ifTable.Get(index, 2)?.AsText(),
                ifXTable.Get(index, 18)?.AsText(),
                ifTable.Get(index, 3)?.AsInteger(),
                Speed(ifTable.Get(index, 5)?.AsUnsigned(), ifXTable.Get(index, 15)?.AsUnsigned()),
                ifTable.Get(index, 6) is { } mac && mac.AsBytes().Length > 0 ? new PhysicalAddress(mac.AsBytes().ToArray()) : null,
                Status(ifTable.Get(index, 7)),
                Status(ifTable.Get(index, 8))))
            .OrderBy(row => row.Index)];
    }

    private static ulong? Speed(ulong? ifSpeed, ulong? highSpeedMegabits) =>
        ifSpeed == uint.MaxValue && highSpeedMegabits is { } megabits ? megabits * 1_000_000 : ifSpeed;

    private static SnmpInterfaceStatus Status(SnmpValue? value) =>
        value?.AsInteger() is var status and >= 1 and <= 7 ? (SnmpInterfaceStatus)status : SnmpInterfaceStatus.Unknown;
}
