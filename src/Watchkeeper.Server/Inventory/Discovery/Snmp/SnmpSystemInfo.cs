namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>The SNMPv2-MIB system group; a value the agent does not have is null.</summary>
public sealed record SnmpSystemInfo(
    string? Name, string? Description, ObjectIdentifier? ObjectId, TimeSpan? UpTime, string? Location, string? Contact)
{
    public static async Task<SnmpSystemInfo> ReadAsync(SnmpClient client, SnmpTarget target, CancellationToken cancellationToken)
    {
        var values = (await client.GetAsync(
                target,
                [MibOids.SysName, MibOids.SysDescr, MibOids.SysObjectId, MibOids.SysUpTime, MibOids.SysLocation, MibOids.SysContact],
                cancellationToken))
            .Where(varBind => !varBind.Value.IsException)
            .DistinctBy(varBind => varBind.Oid)
            .ToDictionary(varBind => varBind.Oid, varBind => varBind.Value);
        return new SnmpSystemInfo(
            values.GetValueOrDefault(MibOids.SysName)?.AsText(),
            values.GetValueOrDefault(MibOids.SysDescr)?.AsText(),
            values.GetValueOrDefault(MibOids.SysObjectId)?.AsObjectIdentifier(),
            values.GetValueOrDefault(MibOids.SysUpTime)?.AsTimeTicks(),
            values.GetValueOrDefault(MibOids.SysLocation)?.AsText(),
            values.GetValueOrDefault(MibOids.SysContact)?.AsText());
    }
}
