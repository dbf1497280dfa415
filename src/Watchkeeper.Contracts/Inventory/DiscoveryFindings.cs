namespace Watchkeeper.Contracts;

/// <summary>What a finding proposes.</summary>
public enum FindingKind
{
    /// <summary>A host no device matches: accepting creates the device and its interfaces.</summary>
    NewDevice,
    /// <summary>A known device whose observed fields differ: accepting applies the chosen changes.</summary>
    ChangedDevice,
    /// <summary>An LLDP neighbour pair between two known devices' interfaces: accepting creates the cable.</summary>
    Cable,
}

/// <summary>Where a finding is in the review.</summary>
public enum FindingState
{
    /// <summary>Waiting for a decision.</summary>
    Pending,
    /// <summary>Accepted into the inventory.</summary>
    Accepted,
    /// <summary>Rejected; a later run may propose the host again if it changes.</summary>
    Rejected,
    /// <summary>The host is ignored: later runs do not propose it again until it is un-ignored.</summary>
    Ignored,
}

/// <summary>Everything one run observed at one responding address.</summary>
/// <param name="Address">The address.</param>
/// <param name="DnsName">Reverse DNS name.</param>
/// <param name="Pinged">Answered ICMP echo.</param>
/// <param name="OpenPorts">TCP ports that accepted a connection.</param>
/// <param name="SshBanner">The SSH version line.</param>
/// <param name="HttpServer">The HTTP <c>Server</c> header.</param>
/// <param name="HttpTitle">The HTML title of <c>/</c>.</param>
/// <param name="Tls">The TLS certificate, if read.</param>
/// <param name="System">The SNMP system group, if the agent answered.</param>
/// <param name="Interfaces">Interfaces read over SNMP.</param>
/// <param name="Neighbours">LLDP neighbours read over SNMP.</param>
public sealed record HostObservation(
    string Address, string? DnsName, bool Pinged, IReadOnlyList<int> OpenPorts, string? SshBanner, string? HttpServer, string? HttpTitle,
    TlsObservation? Tls, SnmpSystemObservation? System, IReadOnlyList<InterfaceObservation> Interfaces, IReadOnlyList<NeighbourObservation> Neighbours);

/// <summary>A certificate seen on a TLS port.</summary>
/// <param name="Port">The port.</param>
/// <param name="Subject">Subject distinguished name.</param>
/// <param name="Issuer">Issuer distinguished name.</param>
/// <param name="NotAfter">Expiry (UTC).</param>
public sealed record TlsObservation(int Port, string Subject, string Issuer, DateTimeOffset NotAfter);

/// <summary>The SNMP system group.</summary>
/// <param name="Name">sysName.</param>
/// <param name="Description">sysDescr.</param>
/// <param name="ObjectId">sysObjectID.</param>
/// <param name="UpTimeSeconds">sysUpTime in seconds.</param>
public sealed record SnmpSystemObservation(string? Name, string? Description, string? ObjectId, long? UpTimeSeconds);

/// <summary>An interface from ifTable/ifXTable.</summary>
/// <param name="Name">ifName (or ifDescr).</param>
/// <param name="Description">ifDescr.</param>
/// <param name="SpeedMbps">Speed in Mb/s.</param>
/// <param name="MacAddress">MAC as aa:bb:cc:dd:ee:ff.</param>
/// <param name="Up">ifOperStatus is up.</param>
/// <param name="Kind">The interface kind guessed from ifType and speed.</param>
public sealed record InterfaceObservation(string Name, string? Description, int? SpeedMbps, string? MacAddress, bool Up, InterfaceKind Kind);

/// <summary>An LLDP neighbour seen on a local port.</summary>
/// <param name="LocalPort">The local port's id or name.</param>
/// <param name="ChassisId">The neighbour's chassis id.</param>
/// <param name="PortId">The neighbour's port id.</param>
/// <param name="SystemName">The neighbour's system name.</param>
public sealed record NeighbourObservation(string? LocalPort, string? ChassisId, string? PortId, string? SystemName);

/// <summary>One field a finding would change on a known device.</summary>
/// <param name="Field">The field key to name when accepting (<c>hostname</c>, <c>osName</c>, <c>osVersion</c>, <c>interface:eth0</c>).</param>
/// <param name="Current">The value in the inventory.</param>
/// <param name="Proposed">The observed value.</param>
public sealed record FieldChange(string Field, string? Current, string? Proposed);

/// <summary>A cable proposed from an LLDP neighbour pair.</summary>
/// <param name="A">The interface on the host that reported the neighbour.</param>
/// <param name="B">The neighbour's interface.</param>
public sealed record ProposedCable(CableEndRef A, CableEndRef B);

/// <summary>An interface with its device, as a proposed cable names it.</summary>
/// <param name="DeviceId">Device id.</param>
/// <param name="DeviceName">Device name.</param>
/// <param name="InterfaceId">Interface id.</param>
/// <param name="InterfaceName">Interface name.</param>
public sealed record CableEndRef(long DeviceId, string DeviceName, long InterfaceId, string InterfaceName);

/// <summary>An entry of the review queue.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="JobId">The job.</param>
/// <param name="RunId">The run that found it.</param>
/// <param name="Kind">New device, changed device or cable.</param>
/// <param name="State">Pending, accepted, rejected or ignored.</param>
/// <param name="Address">The host's address.</param>
/// <param name="DeviceId">The matched (or, once accepted, created) device.</param>
/// <param name="DeviceName">Its name.</param>
/// <param name="MatchedBy">How the device was matched.</param>
/// <param name="ProposedName">New devices: the name it would get.</param>
/// <param name="ProposedKind">New devices: the kind it would get.</param>
/// <param name="Observation">What was observed.</param>
/// <param name="Changes">Changed devices: the field-level diff.</param>
/// <param name="Cable">Cables: the two ends.</param>
/// <param name="FoundAt">When it was found.</param>
/// <param name="DecidedAt">When it was accepted, rejected or ignored.</param>
/// <param name="DecidedBy">Who decided.</param>
public sealed record DiscoveryFindingDto(
    long Id, long JobId, long RunId, FindingKind Kind, FindingState State, string Address, long? DeviceId, string? DeviceName, string? MatchedBy,
    string? ProposedName, DeviceKind? ProposedKind, HostObservation Observation, IReadOnlyList<FieldChange> Changes, ProposedCable? Cable,
    DateTimeOffset FoundAt, DateTimeOffset? DecidedAt, string? DecidedBy);

/// <summary>Accepts a finding.</summary>
/// <param name="Fields">Changed devices: the fields to apply (all when null).</param>
/// <param name="Name">New devices: the name to create it with (default: the proposed name).</param>
/// <param name="Kind">New devices: the kind to create it with (default: the proposed kind).</param>
public sealed record AcceptFindingRequest(IReadOnlyList<string>? Fields = null, string? Name = null, DeviceKind? Kind = null);

/// <summary>Filters for the review queue.</summary>
/// <param name="JobId">Only this job's findings.</param>
/// <param name="State">Only findings in this state (default: pending).</param>
/// <param name="Kind">Only findings of this kind.</param>
public sealed record FindingFilter(long? JobId = null, FindingState? State = null, FindingKind? Kind = null);
