using System.Globalization;

namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>An OID as its arcs, comparable in the order agents walk them (lexicographically by arc) so walks can detect loops.</summary>
public sealed class ObjectIdentifier : IEquatable<ObjectIdentifier>
{
    /// <summary>RFC 2578 bounds an OID to 128 sub-identifiers.</summary>
    public const int MaxArcs = 128;

    private readonly uint[] arcs;

    public ObjectIdentifier(params uint[] arcs)
    {
        if (arcs.Length is < 2 or > MaxArcs)
        {
            throw new ArgumentException($"An OID has 2 to {MaxArcs} arcs.", nameof(arcs));
        }
        this.arcs = (uint[])arcs.Clone();
    }

    public IReadOnlyList<uint> Arcs => arcs;

    public static ObjectIdentifier Parse(string text)
    {
        var parts = text.TrimStart('.').Split('.');
        return new ObjectIdentifier([.. parts.Select(part => uint.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture))]);
    }

    public ObjectIdentifier Append(params uint[] suffix) => new([.. arcs, .. suffix]);

    public bool IsUnder(ObjectIdentifier root) =>
        arcs.Length > root.arcs.Length && arcs.AsSpan(0, root.arcs.Length).SequenceEqual(root.arcs);

    /// <summary>The arcs after <paramref name="root"/>: the row index of a table column.</summary>
    public uint[] SuffixAfter(ObjectIdentifier root) => IsUnder(root)
        ? arcs[root.arcs.Length..]
        : throw new ArgumentException($"{this} is not under {root}.", nameof(root));

    /// <summary>True when this OID sorts after <paramref name="other"/> in the agent's lexicographic order.</summary>
    public bool IsAfter(ObjectIdentifier other) => arcs.AsSpan().SequenceCompareTo(other.arcs) > 0;

    public bool Equals(ObjectIdentifier? other) => other is not null && arcs.AsSpan().SequenceEqual(other.arcs);

    public override bool Equals(object? obj) => Equals(obj as ObjectIdentifier);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var arc in arcs)
        {
            hash.Add(arc);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join('.', arcs);
}
