namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

public enum SnmpValueType
{
    Integer32,
    OctetString,
    Null,
    ObjectIdentifier,
    IpAddress,
    Counter32,
    Gauge32,
    TimeTicks,
    Opaque,
    Counter64,

    // RFC 3416 exceptions: a variable binding that carries no value.
    NoSuchObject,
    NoSuchInstance,
    EndOfMibView,
}
