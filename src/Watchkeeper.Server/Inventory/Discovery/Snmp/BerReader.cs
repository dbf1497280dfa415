namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>
/// Reads BER from a received datagram. Every length is checked against the bytes actually left,
/// so a hostile length can neither read past the packet nor make us allocate more than it holds.
/// </summary>
internal ref struct BerReader(ReadOnlySpan<byte> data)
{
    private ReadOnlySpan<byte> remaining = data;

    public readonly bool HasMore => !remaining.IsEmpty;

    public readonly byte PeekTag() => remaining.IsEmpty ? throw Malformed("a value was expected but the data ended") : remaining[0];

    /// <summary>Reads one tag-length-value and returns its content.</summary>
    public ReadOnlySpan<byte> Read(out byte tag)
    {
        tag = PeekTag();
        if ((tag & 0x1F) == 0x1F)
        {
            throw Malformed($"multi-byte tag 0x{tag:X2} is not used by SNMP");
        }
        var length = ReadLength(remaining[1..], out var lengthSize);
        var header = 1 + lengthSize;
        var content = remaining.Slice(header, length);
        remaining = remaining[(header + length)..];
        return content;
    }

    public ReadOnlySpan<byte> Read(byte expectedTag)
    {
        var content = Read(out var tag);
        return tag == expectedTag ? content : throw Malformed($"expected tag 0x{expectedTag:X2} but found 0x{tag:X2}");
    }

    public BerReader ReadConstructed(byte expectedTag) => new(Read(expectedTag));

    public long ReadInteger(byte expectedTag = BerTag.Integer) => DecodeInteger(Read(expectedTag));

    public readonly void ExpectEnd()
    {
        if (HasMore)
        {
            throw Malformed($"{remaining.Length} unexpected trailing bytes");
        }
    }

    public static long DecodeInteger(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty || content.Length > 8)
        {
            throw Malformed($"an INTEGER of {content.Length} bytes");
        }
        long value = (sbyte)content[0];
        foreach (var b in content[1..])
        {
            value = (value << 8) | b;
        }
        return value;
    }

    /// <summary>Unsigned application types may carry one leading zero byte so the top bit is not a sign.</summary>
    public static ulong DecodeUnsigned(ReadOnlySpan<byte> content, int maxBytes)
    {
        if (content.Length > 1 && content[0] == 0)
        {
            content = content[1..];
        }
        if (content.IsEmpty || content.Length > maxBytes)
        {
            throw Malformed($"an unsigned value of {content.Length} bytes where at most {maxBytes} fit");
        }
        ulong value = 0;
        foreach (var b in content)
        {
            value = (value << 8) | b;
        }
        return value;
    }

    public static ObjectIdentifier DecodeObjectIdentifier(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty || (content[^1] & 0x80) != 0)
        {
            throw Malformed("an OBJECT IDENTIFIER that is empty or ends inside a sub-identifier");
        }
        var arcs = new List<uint>(Math.Min(content.Length + 1, ObjectIdentifier.MaxArcs));
        ulong current = 0;
        foreach (var b in content)
        {
            current = (current << 7) | (uint)(b & 0x7F);
            if (current > uint.MaxValue + 80UL)
            {
                throw Malformed("an OBJECT IDENTIFIER sub-identifier larger than 32 bits");
            }
            if ((b & 0x80) != 0)
            {
                continue;
            }
            if (arcs.Count == 0)
            {
                // X.690 8.19.4: the first sub-identifier packs the first two arcs.
                var first = Math.Min(current / 40, 2);
                arcs.Add((uint)first);
                current -= first * 40;
            }
            if (current > uint.MaxValue || arcs.Count >= ObjectIdentifier.MaxArcs)
            {
                throw Malformed("an OBJECT IDENTIFIER outside the SNMP bounds (32-bit arcs, at most 128 of them)");
            }
            arcs.Add((uint)current);
            current = 0;
        }
        return new ObjectIdentifier([.. arcs]);
    }

    private static int ReadLength(ReadOnlySpan<byte> data, out int lengthSize)
    {
        if (data.IsEmpty)
        {
            throw Malformed("the data ended before a length");
        }
        int length;
        if (data[0] < 0x80)
        {
            lengthSize = 1;
            length = data[0];
        }
        else
        {
            var count = data[0] & 0x7F;
            if (count is 0 or > 4)
            {
                throw Malformed(count == 0 ? "indefinite length is not allowed in SNMP" : $"a length of {count} bytes");
            }
            if (data.Length < 1 + count)
            {
                throw Malformed("the data ended inside a length");
            }
            long value = 0;
            foreach (var b in data.Slice(1, count))
            {
                value = (value << 8) | b;
            }
            lengthSize = 1 + count;
            length = value > int.MaxValue ? int.MaxValue : (int)value;
        }
        if (length > data.Length - lengthSize)
        {
            throw Malformed($"a length of {length} bytes where only {data.Length - lengthSize} remain");
        }
        return length;
    }

    private static SnmpMalformedPacketException Malformed(string what) => new($"Malformed SNMP packet: {what}.");
}
