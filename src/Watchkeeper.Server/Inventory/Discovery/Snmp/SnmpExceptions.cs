namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>The only exception family the SNMP client throws, so discovery jobs can record a failed device and move on.</summary>
public abstract class SnmpException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A packet that is not valid BER or not an SNMP v2c message we can use.</summary>
public sealed class SnmpMalformedPacketException(string message) : SnmpException(message);

/// <summary>No matching response within the timeout after every retry: the agent is down, filtered, or the community is wrong.</summary>
public sealed class SnmpTimeoutException(string message) : SnmpException(message);

/// <summary>The agent answered with a non-zero error-status (RFC 3416).</summary>
public sealed class SnmpErrorStatusException(SnmpErrorStatus status, int errorIndex)
    : SnmpException($"The agent answered with error-status {status} at variable binding {errorIndex}.")
{
    public SnmpErrorStatus Status { get; } = status;

    public int ErrorIndex { get; } = errorIndex;
}

/// <summary>A value read as a type it is not, e.g. a sysName that came back as noSuchObject.</summary>
public sealed class SnmpUnexpectedTypeException(string message) : SnmpException(message);

/// <summary>A walk that would exceed its row bound or that the agent sends in circles.</summary>
public sealed class SnmpWalkException(string message) : SnmpException(message);

/// <summary>A socket failure other than silence, e.g. no route to the host.</summary>
public sealed class SnmpTransportException(string message, Exception inner) : SnmpException(message, inner);
