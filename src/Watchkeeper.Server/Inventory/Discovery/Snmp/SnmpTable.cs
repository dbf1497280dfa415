namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>A conceptual table read column by column: for each row index, the values of the columns the agent has.</summary>
public sealed class SnmpTable
{
    private readonly Dictionary<ObjectIdentifierSuffix, Dictionary<uint, SnmpValue>> rows = [];

    public IEnumerable<IReadOnlyList<uint>> RowIndexes => rows.Keys.Select(key => key.Arcs);

    /// <summary>Walks only the wanted columns, so counters and other bulky columns never cross the wire.</summary>
    public static async Task<SnmpTable> ReadAsync(
        SnmpClient client, SnmpTarget target, ObjectIdentifier entry, IEnumerable<uint> columns, CancellationToken cancellationToken)
    {
        var table = new SnmpTable();
        foreach (var column in columns)
        {
            var columnOid = entry.Append(column);
            foreach (var varBind in await client.WalkAsync(target, columnOid, cancellationToken))
            {
                var index = new ObjectIdentifierSuffix(varBind.Oid.SuffixAfter(columnOid));
                if (!table.rows.TryGetValue(index, out var row))
                {
                    table.rows[index] = row = [];
                }
                row[column] = varBind.Value;
            }
        }
        return table;
    }

    public SnmpValue? Get(IReadOnlyList<uint> rowIndex, uint column) =>
        rows.TryGetValue(new ObjectIdentifierSuffix([.. rowIndex]), out var row) && row.TryGetValue(column, out var value) && !value.IsException
            ? value
            : null;

    /// <summary>Row indexes as dictionary keys: arrays compare by reference, this compares by arcs.</summary>
    private sealed record ObjectIdentifierSuffix(uint[] Arcs)
    {
        public bool Equals(ObjectIdentifierSuffix? other) => other is not null && Arcs.AsSpan().SequenceEqual(other.Arcs);

        public override int GetHashCode() => Arcs.Aggregate(17, (hash, arc) => hash * 31 + (int)arc);
    }
}
