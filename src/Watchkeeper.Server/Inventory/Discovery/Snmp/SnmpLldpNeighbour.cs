using System.Globalization;

namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>
/// A device seen by LLDP on one of our ports (lldpRemTable), joined with lldpLocPortTable for the
/// local port's name: what discovery needs to propose a cable between two known devices.
/// </summary>
/// <param name="LocalPortNumber">lldpRemLocalPortNum; on most agents equal to the ifIndex.</param>
/// <param name="ChassisId">A MAC as aa:bb:cc:dd:ee:ff when subtype 4 (macAddress), otherwise text or hex.</param>
public sealed record SnmpLldpNeighbour(
    int LocalPortNumber,
    string? LocalPortId,
    string? LocalPortDescription,
    int? ChassisIdSubtype,
    string? ChassisId,
    int? PortIdSubtype,
    string? PortId,
    string? PortDescription,
    string? SystemName)
{
    private const int ChassisMacAddress = 4;
    private const int PortMacAddress = 3;
    private static readonly uint[] RemoteColumns = [4, 5, 6, 7, 8, 9];
    private static readonly uint[] LocalColumns = [3, 4];

    public static async Task<IReadOnlyList<SnmpLldpNeighbour>> ReadAllAsync(SnmpClient client, SnmpTarget target, CancellationToken cancellationToken)
    {
        var remote = await SnmpTable.ReadAsync(client, target, MibOids.LldpRemEntry, RemoteColumns, cancellationToken);
        var local = await SnmpTable.ReadAsync(client, target, MibOids.LldpLocPortEntry, LocalColumns, cancellationToken);
        return [.. remote.RowIndexes
            .Where(index => index is [_, > 0 and <= int.MaxValue, _])
            .Select(index =>
            {
                uint[] localPort = [index[1]];
                var chassisSubtype = remote.Get(index, 4)?.AsInteger();
                var portSubtype = remote.Get(index, 6)?.AsInteger();
                return new SnmpLldpNeighbour(
                    (int)index[1],
                    Display(local.Get(localPort, 3), isMac: false),
                    local.Get(localPort, 4)?.AsText(),
                    chassisSubtype,
                    Display(remote.Get(index, 5), chassisSubtype == ChassisMacAddress),
                    portSubtype,
                    Display(remote.Get(index, 7), portSubtype == PortMacAddress),
                    remote.Get(index, 8)?.AsText(),
                    remote.Get(index, 9)?.AsText());
            })
            .OrderBy(neighbour => neighbour.LocalPortNumber)];
    }

    /// <summary>Ids are octet strings that are sometimes binary: MACs as colon hex, other binary as hex, text as text.</summary>
    private static string? Display(SnmpValue? value, bool isMac)
    {
        if (value is null)
        {
            return null;
        }
        var bytes = value.AsBytes();
        var printable = bytes.Length > 0 && !bytes.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E);
        return isMac || !printable
            ? string.Join(':', bytes.ToArray().Select(octet => octet.ToString("x2", CultureInfo.InvariantCulture)))
            : value.AsText();
    }
}
