namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>The objects discovery reads, from SNMPv2-MIB, IF-MIB and LLDP-MIB (IEEE 802.1AB).</summary>
public static class MibOids
{
    public static readonly ObjectIdentifier System = ObjectIdentifier.Parse("1.3.6.1.2.1.1");
    public static readonly ObjectIdentifier SysDescr = System.Append(1, 0);
    public static readonly ObjectIdentifier SysObjectId = System.Append(2, 0);
    public static readonly ObjectIdentifier SysUpTime = System.Append(3, 0);
    public static readonly ObjectIdentifier SysContact = System.Append(4, 0);
    public static readonly ObjectIdentifier SysName = System.Append(5, 0);
    public static readonly ObjectIdentifier SysLocation = System.Append(6, 0);

    /// <summary>ifEntry; columns: ifDescr 2, ifType 3, ifSpeed 5, ifPhysAddress 6, ifAdminStatus 7, ifOperStatus 8.</summary>
    public static readonly ObjectIdentifier IfEntry = ObjectIdentifier.Parse("1.3.6.1.2.1.2.2.1");

    /// <summary>ifXEntry; columns: ifName 1, ifHighSpeed 15 (Mbit/s), ifAlias 18.</summary>
    public static readonly ObjectIdentifier IfXEntry = ObjectIdentifier.Parse("1.3.6.1.2.1.31.1.1.1");

    /// <summary>lldpLocPortEntry, indexed by lldpLocPortNum; columns: lldpLocPortId 3, lldpLocPortDesc 4.</summary>
    public static readonly ObjectIdentifier LldpLocPortEntry = ObjectIdentifier.Parse("1.0.8802.1.1.2.1.3.7.1");

    /// <summary>
    /// lldpRemEntry, indexed by lldpRemTimeMark.lldpRemLocalPortNum.lldpRemIndex; columns: chassis id subtype 4,
    /// chassis id 5, port id subtype 6, port id 7, port description 8, system name 9.
    /// </summary>
    public static readonly ObjectIdentifier LldpRemEntry = ObjectIdentifier.Parse("1.0.8802.1.1.2.1.4.1.1");
}
