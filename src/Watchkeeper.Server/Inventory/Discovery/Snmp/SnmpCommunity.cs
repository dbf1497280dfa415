using System.Security.Cryptography;
using System.Text;

namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>
/// The v2c community is a password sent in clear on the wire; in our process it is a secret:
/// <see cref="ToString"/> never reveals it, so it cannot end up in a log line or an exception message.
/// </summary>
public sealed class SnmpCommunity : IEquatable<SnmpCommunity>
{
    private readonly byte[] bytes;

    public SnmpCommunity(string community) : this(Encoding.UTF8.GetBytes(community))
    {
    }

    internal SnmpCommunity(byte[] bytes) => this.bytes = bytes;

    internal ReadOnlySpan<byte> Bytes => bytes;

    public bool Equals(SnmpCommunity? other) => other is not null && CryptographicOperations.FixedTimeEquals(bytes, other.bytes);

    public override bool Equals(object? obj) => Equals(obj as SnmpCommunity);

    public override int GetHashCode() => bytes.Length;

    public override string ToString() => "***";
}
