namespace Watchkeeper.Contracts;

/// <summary>The address family of a prefix or an address.</summary>
public enum IpFamily
{
    /// <summary>32-bit addresses.</summary>
    IPv4,
    /// <summary>128-bit addresses.</summary>
    IPv6,
}

/// <summary>What a prefix is used for.</summary>
public enum PrefixStatus
{
    /// <summary>Holds smaller prefixes rather than addresses.</summary>
    Container,
    /// <summary>In use.</summary>
    Active,
    /// <summary>Set aside; not to be allocated.</summary>
    Reserved,
    /// <summary>Being given up.</summary>
    Deprecated,
}

/// <summary>What an address is used for.</summary>
public enum IpAddressStatus
{
    /// <summary>In use.</summary>
    Active,
    /// <summary>Set aside; not to be allocated.</summary>
    Reserved,
    /// <summary>Handed out by DHCP.</summary>
    Dhcp,
    /// <summary>Being given up.</summary>
    Deprecated,
}

/// <summary>Whether a VLAN is in use.</summary>
public enum VlanStatus
{
    /// <summary>In use.</summary>
    Active,
    /// <summary>Set aside.</summary>
    Reserved,
    /// <summary>Being given up.</summary>
    Deprecated,
}
