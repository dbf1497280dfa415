namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>The SNMP v2c message envelope (RFC 1901): version, community, PDU.</summary>
public static class SnmpMessage
{
    private const int VersionTwoC = 1;

    /// <summary>Real responses carry tens of bindings; the cap keeps a hostile packet from building a large list.</summary>
    public const int MaxVarBinds = 1024;

    public static byte[] Encode(SnmpCommunity community, SnmpPdu pdu)
    {
        var writer = new BerWriter();
        writer.WriteConstructed(BerTag.Sequence, message =>
        {
            message.WriteInteger(VersionTwoC);
            message.WriteOctetString(community.Bytes);
            message.WriteConstructed((byte)pdu.Type, body =>
            {
                body.WriteInteger(pdu.RequestId);
                body.WriteInteger(pdu.ErrorStatus);
                body.WriteInteger(pdu.ErrorIndex);
                body.WriteConstructed(BerTag.Sequence, list =>
                {
                    foreach (var varBind in pdu.VarBinds)
                    {
                        list.WriteConstructed(BerTag.Sequence, item =>
                        {
                            item.WriteObjectIdentifier(varBind.Oid);
                            SnmpValueCodec.Write(item, varBind.Value);
                        });
                    }
                });
            });
        });
        return writer.ToArray();
    }

    /// <summary>Decodes a v2c message; the community is returned so a test agent can check it, never for logging.</summary>
    public static (SnmpCommunity Community, SnmpPdu Pdu) Decode(ReadOnlySpan<byte> packet)
    {
        var outer = new BerReader(packet);
        var message = outer.ReadConstructed(BerTag.Sequence);
        outer.ExpectEnd();
        var version = message.ReadInteger();
        if (version != VersionTwoC)
        {
            throw new SnmpMalformedPacketException($"Malformed SNMP packet: version {version} is not SNMP v2c.");
        }
        var community = new SnmpCommunity(message.Read(BerTag.OctetString).ToArray());
        var pduType = (SnmpPduType)message.PeekTag();
        if (!Enum.IsDefined(pduType))
        {
            throw new SnmpMalformedPacketException($"Malformed SNMP packet: PDU type 0x{(byte)pduType:X2} is not supported.");
        }
        var body = message.ReadConstructed((byte)pduType);
        message.ExpectEnd();
        var requestId = ToInt32(body.ReadInteger());
        var errorStatus = ToInt32(body.ReadInteger());
        var errorIndex = ToInt32(body.ReadInteger());
        var list = body.ReadConstructed(BerTag.Sequence);
        body.ExpectEnd();
        var varBinds = new List<SnmpVarBind>();
        while (list.HasMore)
        {
            if (varBinds.Count == MaxVarBinds)
            {
                throw new SnmpMalformedPacketException($"Malformed SNMP packet: more than {MaxVarBinds} variable bindings.");
            }
            var item = list.ReadConstructed(BerTag.Sequence);
            var oid = BerReader.DecodeObjectIdentifier(item.Read(BerTag.ObjectIdentifier));
            var value = SnmpValueCodec.Read(ref item);
            item.ExpectEnd();
            varBinds.Add(new SnmpVarBind(oid, value));
        }
        return (community, new SnmpPdu(pduType, requestId, errorStatus, errorIndex, varBinds));
    }

    private static int ToInt32(long value) => value is >= int.MinValue and <= int.MaxValue
        ? (int)value
        : throw new SnmpMalformedPacketException($"Malformed SNMP packet: {value} does not fit a 32-bit header field.");
}
