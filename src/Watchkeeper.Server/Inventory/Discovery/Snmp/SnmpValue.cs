using System.Net;
using System.Text;

namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>One variable-binding value. The As… accessors throw <see cref="SnmpUnexpectedTypeException"/> on a type mismatch.</summary>
public sealed class SnmpValue
{
    private readonly ulong number;
    private readonly byte[] bytes;
    private readonly ObjectIdentifier? oid;

    private SnmpValue(SnmpValueType type, ulong number = 0, byte[]? bytes = null, ObjectIdentifier? oid = null)
    {
        Type = type;
        this.number = number;
        this.bytes = bytes ?? [];
        this.oid = oid;
    }

    public static SnmpValue Null { get; } = new(SnmpValueType.Null);

    public SnmpValueType Type { get; }

    /// <summary>noSuchObject, noSuchInstance or endOfMibView: the agent has no value here.</summary>
    public bool IsException => Type >= SnmpValueType.NoSuchObject;

    public static SnmpValue Integer32(int value) => new(SnmpValueType.Integer32, unchecked((ulong)value));

    /// <summary>Counter32, Gauge32, TimeTicks or Counter64.</summary>
    public static SnmpValue Numeric(SnmpValueType type, ulong value) => type switch
    {
        SnmpValueType.Counter32 or SnmpValueType.Gauge32 or SnmpValueType.TimeTicks when value <= uint.MaxValue => new(type, value),
        SnmpValueType.Counter64 => new(type, value),
        _ => throw new ArgumentOutOfRangeException(nameof(value), $"{value} is not a valid {type}."),
    };

    public static SnmpValue OctetString(ReadOnlySpan<byte> value) => new(SnmpValueType.OctetString, bytes: value.ToArray());

    public static SnmpValue Opaque(ReadOnlySpan<byte> value) => new(SnmpValueType.Opaque, bytes: value.ToArray());

    public static SnmpValue IpAddress(IPAddress address) => address.GetAddressBytes() is { Length: 4 } four
        ? new(SnmpValueType.IpAddress, bytes: four)
        : throw new ArgumentException("SNMP IpAddress is IPv4 only.", nameof(address));

    public static SnmpValue ObjectId(ObjectIdentifier value) => new(SnmpValueType.ObjectIdentifier, oid: value);

    public static SnmpValue Exception(SnmpValueType type) => type >= SnmpValueType.NoSuchObject
        ? new(type)
        : throw new ArgumentOutOfRangeException(nameof(type));

    public int AsInteger() => Type == SnmpValueType.Integer32 ? unchecked((int)(long)number) : throw Mismatch("an Integer");

    /// <summary>Counter32, Gauge32, TimeTicks or Counter64.</summary>
    public ulong AsUnsigned() => Type is SnmpValueType.Counter32 or SnmpValueType.Gauge32 or SnmpValueType.TimeTicks or SnmpValueType.Counter64
        ? number
        : throw Mismatch("a counter, gauge or time ticks");

    public TimeSpan AsTimeTicks() => Type == SnmpValueType.TimeTicks ? TimeSpan.FromMilliseconds(number * 10) : throw Mismatch("TimeTicks");

    public ReadOnlySpan<byte> AsBytes() => Type is SnmpValueType.OctetString or SnmpValueType.Opaque or SnmpValueType.IpAddress
        ? bytes
        : throw Mismatch("an OctetString");

    /// <summary>DisplayString content; agents send UTF-8 or ASCII, and invalid bytes become U+FFFD rather than an error.</summary>
    public string AsText() => Type == SnmpValueType.OctetString ? Encoding.UTF8.GetString(bytes) : throw Mismatch("an OctetString");

    public IPAddress AsIpAddress() => Type == SnmpValueType.IpAddress ? new IPAddress(bytes) : throw Mismatch("an IpAddress");

    public ObjectIdentifier AsObjectIdentifier() => oid ?? throw Mismatch("an OBJECT IDENTIFIER");

    public override string ToString() => Type switch
    {
        SnmpValueType.Integer32 => AsInteger().ToString(System.Globalization.CultureInfo.InvariantCulture),
        SnmpValueType.OctetString => AsText(),
        SnmpValueType.ObjectIdentifier => oid!.ToString(),
        SnmpValueType.IpAddress => AsIpAddress().ToString(),
        SnmpValueType.Opaque => Convert.ToHexString(bytes),
        SnmpValueType.Counter32 or SnmpValueType.Gauge32 or SnmpValueType.TimeTicks or SnmpValueType.Counter64 =>
            number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Type.ToString(),
    };

    private SnmpUnexpectedTypeException Mismatch(string expected) => new($"Expected {expected} but the agent sent {Type}.");
}
