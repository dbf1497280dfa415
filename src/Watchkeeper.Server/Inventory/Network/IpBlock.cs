using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>
/// A block of addresses (<c>start/length</c>) of one family, as a number, so containment, sizes and
/// free space are plain integer arithmetic. IPv4 uses the low 32 bits.
/// </summary>
public readonly record struct IpBlock(IpFamily Family, UInt128 Start, int Length)
{
    public int Width => Family == IpFamily.IPv4 ? 32 : 128;

    /// <summary>Shifted down from all ones, because shifting 1 up by 128 (an IPv6 /0) wraps around to 1.</summary>
    public UInt128 HostMask => Length == Width ? UInt128.Zero : UInt128.MaxValue >> (128 - (Width - Length));

    public UInt128 End => Start | HostMask;

    /// <summary>The number of addresses; a double because an IPv6 /0 holds 2^128, one more than UInt128 can count.</summary>
    public double Size => Math.Pow(2, Width - Length);

    /// <summary>The fixed-width lower-case hex form stored in the database: it sorts as the number does on every provider.</summary>
    public static string Key(UInt128 value) => value.ToString("x32", CultureInfo.InvariantCulture);

    public static UInt128 FromKey(string key) => UInt128.Parse(key, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public string StartKey => Key(Start);

    public string EndKey => Key(End);

    public bool Contains(IpBlock other) =>
        other.Family == Family && other.Length >= Length && (other.Start & ~HostMask) == Start;

    public bool Overlaps(IpBlock other) => Contains(other) || other.Contains(this);

    public IPAddress Address(UInt128 value)
    {
        if (Family == IpFamily.IPv4)
        {
            return new IPAddress(BitConverter.GetBytes(BinaryPrimitives.ReverseEndianness((uint)value)));
        }
        var bytes = new byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return new IPAddress(bytes);
    }

    public override string ToString() => $"{Address(Start)}/{Length.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The block at <paramref name="value"/> of the given length, host bits cleared.</summary>
    public static IpBlock Around(IpFamily family, UInt128 value, int length)
    {
        var block = new IpBlock(family, UInt128.Zero, length);
        return block with { Start = value & ~block.HostMask };
    }

    public static bool TryParseAddress(string text, out IpFamily family, out UInt128 value)
    {
        family = IpFamily.IPv4;
        value = UInt128.Zero;
        // IPAddress.TryParse alone also takes "10.1" (as 10.0.0.1), which is never what an operator meant.
        if (!IPAddress.TryParse(text, out var address) || text.Contains('%', StringComparison.Ordinal)
            || (address.AddressFamily == AddressFamily.InterNetwork && text.Count(c => c == '.') != 3))
        {
            return false;
        }
        var bytes = address.GetAddressBytes();
        family = bytes.Length == 4 ? IpFamily.IPv4 : IpFamily.IPv6;
        value = bytes.Length == 4 ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt128BigEndian(bytes);
        return true;
    }
}
