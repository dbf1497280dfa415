namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

public sealed record SnmpVarBind(ObjectIdentifier Oid, SnmpValue Value);
