using System.Buffers;

namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>
/// Definite-length DER-style encoding of the few types SNMP needs. Constructed values are written
/// by a nested writer first, because their length prefix must precede their content.
/// </summary>
internal sealed class BerWriter
{
    private readonly ArrayBufferWriter<byte> buffer = new(256);

    public ReadOnlySpan<byte> WrittenSpan => buffer.WrittenSpan;

    public byte[] ToArray() => buffer.WrittenSpan.ToArray();

    public void WriteInteger(long value, byte tag = BerTag.Integer)
    {
        // Two's complement, shortest form: drop leading bytes that only repeat the sign.
        Span<byte> bytes = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        var start = 0;
        while (start < 7 && ((bytes[start] == 0x00 && bytes[start + 1] < 0x80) || (bytes[start] == 0xFF && bytes[start + 1] >= 0x80)))
        {
            start++;
        }
        WriteTlv(tag, bytes[start..]);
    }

    /// <summary>Counter32, Gauge32, TimeTicks and Counter64 are unsigned: a leading zero keeps the top bit from reading as a sign.</summary>
    public void WriteUnsigned(ulong value, byte tag)
    {
        Span<byte> bytes = stackalloc byte[9];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes[1..], value);
        var start = 0;
        while (start < 8 && bytes[start] == 0x00 && bytes[start + 1] < 0x80)
        {
            start++;
        }
        WriteTlv(tag, bytes[start..]);
    }

    public void WriteOctetString(ReadOnlySpan<byte> value, byte tag = BerTag.OctetString) => WriteTlv(tag, value);

    public void WriteNull(byte tag = BerTag.Null) => WriteTlv(tag, []);

    public void WriteObjectIdentifier(ObjectIdentifier oid)
    {
        var arcs = oid.Arcs;
        var content = new BerWriter();
        content.WriteBase128((ulong)arcs[0] * 40 + arcs[1]);
        for (var i = 2; i < arcs.Count; i++)
        {
            content.WriteBase128(arcs[i]);
        }
        WriteTlv(BerTag.ObjectIdentifier, content.WrittenSpan);
    }

    public void WriteConstructed(byte tag, Action<BerWriter> writeContent)
    {
        var content = new BerWriter();
        writeContent(content);
        WriteTlv(tag, content.WrittenSpan);
    }

    private void WriteTlv(byte tag, ReadOnlySpan<byte> content)
    {
        buffer.Write([tag]);
        WriteLength(content.Length);
        buffer.Write(content);
    }

    private void WriteLength(int length)
    {
        if (length < 0x80)
        {
            buffer.Write([(byte)length]);
            return;
        }
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes, length);
        var significant = bytes.TrimStart((byte)0);
        buffer.Write([(byte)(0x80 | significant.Length)]);
        buffer.Write(significant);
    }

    private void WriteBase128(ulong value)
    {
        Span<byte> bytes = stackalloc byte[10];
        var index = bytes.Length;
        var last = true;
        do
        {
            bytes[--index] = (byte)((value & 0x7F) | (last ? 0x00u : 0x80u));
            value >>= 7;
            last = false;
        }
        while (value != 0);
        buffer.Write(bytes[index..]);
    }
}
