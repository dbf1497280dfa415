namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>ifAdminStatus (1–3) and ifOperStatus (1–7) of IF-MIB share these values.</summary>
public enum SnmpInterfaceStatus
{
    Unknown = 0,
    Up = 1,
    Down = 2,
    Testing = 3,
    NotKnown = 4,
    Dormant = 5,
    NotPresent = 6,
    LowerLayerDown = 7,
}
