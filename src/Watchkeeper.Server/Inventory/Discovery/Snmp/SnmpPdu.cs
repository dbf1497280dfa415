namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

public enum SnmpPduType : byte
{
    Get = BerTag.GetRequest,
    GetNext = BerTag.GetNextRequest,
    Response = BerTag.Response,
    GetBulk = BerTag.GetBulkRequest,
}

/// <summary>
/// An RFC 3416 PDU. GetBulkRequest reuses the two integer fields: error-status carries
/// non-repeaters and error-index carries max-repetitions.
/// </summary>
public sealed record SnmpPdu(SnmpPduType Type, int RequestId, int ErrorStatus, int ErrorIndex, IReadOnlyList<SnmpVarBind> VarBinds)
{
    public static SnmpPdu Request(SnmpPduType type, int requestId, IEnumerable<ObjectIdentifier> oids) =>
        new(type, requestId, 0, 0, [.. oids.Select(oid => new SnmpVarBind(oid, SnmpValue.Null))]);

    public static SnmpPdu Bulk(int requestId, int nonRepeaters, int maxRepetitions, IEnumerable<ObjectIdentifier> oids) =>
        Request(SnmpPduType.GetBulk, requestId, oids) with { ErrorStatus = nonRepeaters, ErrorIndex = maxRepetitions };
}
