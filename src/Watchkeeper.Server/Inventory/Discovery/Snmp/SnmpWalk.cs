namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>Walks a subtree with GETBULK, or GETNEXT when GETBULK is off or the agent refuses it.</summary>
public static class SnmpWalk
{
    public static async Task<IReadOnlyList<SnmpVarBind>> WalkAsync(
        this SnmpClient client, SnmpTarget target, ObjectIdentifier root, CancellationToken cancellationToken)
    {
        var rows = new List<SnmpVarBind>();
        var useBulk = !client.Options.UseGetNextOnly;
        var cursor = root;
        while (true)
        {
            IReadOnlyList<SnmpVarBind> batch;
            try
            {
                batch = useBulk
                    ? await client.GetBulkAsync(target, 0, client.Options.MaxRepetitions, [cursor], cancellationToken)
                    : await client.GetNextAsync(target, [cursor], cancellationToken);
            }
            catch (SnmpErrorStatusException) when (useBulk)
            {
                useBulk = false;
                continue;
            }
            if (batch.Count == 0)
            {
                throw new SnmpWalkException($"The agent answered a walk of {root} with no variable bindings.");
            }
            foreach (var varBind in batch)
            {
                if (varBind.Value.IsException || !varBind.Oid.IsUnder(root))
                {
                    return rows;
                }
                if (!varBind.Oid.IsAfter(cursor))
                {
                    throw new SnmpWalkException($"The agent returned {varBind.Oid} after {cursor} while walking {root}: OIDs must increase.");
                }
                if (rows.Count == client.Options.MaxRowsPerWalk)
                {
                    throw new SnmpWalkException($"The walk of {root} exceeded {client.Options.MaxRowsPerWalk} rows.");
                }
                rows.Add(varBind);
                cursor = varBind.Oid;
            }
        }
    }
}
