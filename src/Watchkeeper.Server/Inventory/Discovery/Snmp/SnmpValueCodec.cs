namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>Maps <see cref="SnmpValue"/> to and from its BER tag and content.</summary>
internal static class SnmpValueCodec
{
    public static void Write(BerWriter writer, SnmpValue value)
    {
        switch (value.Type)
        {
            case SnmpValueType.Integer32: writer.WriteInteger(value.AsInteger()); break;
            case SnmpValueType.OctetString: writer.WriteOctetString(value.AsBytes()); break;
            case SnmpValueType.Opaque: writer.WriteOctetString(value.AsBytes(), BerTag.Opaque); break;
            case SnmpValueType.IpAddress: writer.WriteOctetString(value.AsBytes(), BerTag.IpAddress); break;
            case SnmpValueType.ObjectIdentifier: writer.WriteObjectIdentifier(value.AsObjectIdentifier()); break;
            case SnmpValueType.Counter32: writer.WriteUnsigned(value.AsUnsigned(), BerTag.Counter32); break;
            case SnmpValueType.Gauge32: writer.WriteUnsigned(value.AsUnsigned(), BerTag.Gauge32); break;
            case SnmpValueType.TimeTicks: writer.WriteUnsigned(value.AsUnsigned(), BerTag.TimeTicks); break;
            case SnmpValueType.Counter64: writer.WriteUnsigned(value.AsUnsigned(), BerTag.Counter64); break;
            case SnmpValueType.Null: writer.WriteNull(); break;
            case SnmpValueType.NoSuchObject: writer.WriteNull(BerTag.NoSuchObject); break;
            case SnmpValueType.NoSuchInstance: writer.WriteNull(BerTag.NoSuchInstance); break;
            case SnmpValueType.EndOfMibView: writer.WriteNull(BerTag.EndOfMibView); break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value.Type, null);
        }
    }

    public static SnmpValue Read(ref BerReader reader)
    {
        var content = reader.Read(out var tag);
        return tag switch
        {
            BerTag.Integer => SnmpValue.Integer32(ToInt32(BerReader.DecodeInteger(content))),
            BerTag.OctetString => SnmpValue.OctetString(content),
            BerTag.Opaque => SnmpValue.Opaque(content),
            BerTag.Null => ExpectEmpty(content, SnmpValue.Null),
            BerTag.ObjectIdentifier => SnmpValue.ObjectId(BerReader.DecodeObjectIdentifier(content)),
            BerTag.IpAddress when content.Length == 4 => SnmpValue.IpAddress(new System.Net.IPAddress(content)),
            BerTag.Counter32 => SnmpValue.Numeric(SnmpValueType.Counter32, BerReader.DecodeUnsigned(content, 4)),
            BerTag.Gauge32 => SnmpValue.Numeric(SnmpValueType.Gauge32, BerReader.DecodeUnsigned(content, 4)),
            BerTag.TimeTicks => SnmpValue.Numeric(SnmpValueType.TimeTicks, BerReader.DecodeUnsigned(content, 4)),
            BerTag.Counter64 => SnmpValue.Numeric(SnmpValueType.Counter64, BerReader.DecodeUnsigned(content, 8)),
            BerTag.NoSuchObject => ExpectEmpty(content, SnmpValue.Exception(SnmpValueType.NoSuchObject)),
            BerTag.NoSuchInstance => ExpectEmpty(content, SnmpValue.Exception(SnmpValueType.NoSuchInstance)),
            BerTag.EndOfMibView => ExpectEmpty(content, SnmpValue.Exception(SnmpValueType.EndOfMibView)),
            _ => throw new SnmpMalformedPacketException($"Malformed SNMP packet: value tag 0x{tag:X2} with {content.Length} bytes is not an SNMP v2c type."),
        };
    }

    private static int ToInt32(long value) => value is >= int.MinValue and <= int.MaxValue
        ? (int)value
        : throw new SnmpMalformedPacketException($"Malformed SNMP packet: INTEGER {value} is outside Integer32.");

    private static SnmpValue ExpectEmpty(ReadOnlySpan<byte> content, SnmpValue value) => content.IsEmpty
        ? value
        : throw new SnmpMalformedPacketException("Malformed SNMP packet: a NULL or exception value with content.");
}
