namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>
/// Finds the existing object a row means by its natural key: each key is a set of columns, tried
/// in order (a device by name, else serial, else asset tag), so a row may rename what its later key finds.
/// </summary>
internal sealed class NaturalKeys
{
    private readonly IReadOnlyList<string[]> keys;
    private readonly List<Dictionary<string, long>> ids;

    public NaturalKeys(IReadOnlyList<string[]> keys, IReadOnlyDictionary<long, Dictionary<string, string?>> existing)
    {
        this.keys = keys;
        ids = [.. keys.Select(key => new Dictionary<string, long>(StringComparer.Ordinal))];
        foreach (var (id, cells) in existing)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (TextOf(keys[i], cells) is { } text)
                {
                    ids[i].TryAdd(text, id);
                }
            }
        }
    }

    public long? Match(IReadOnlyDictionary<string, string?> cells)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (TextOf(keys[i], cells) is { } text && ids[i].TryGetValue(text, out var id))
            {
                return id;
            }
        }
        return null;
    }

    /// <summary>The row's key as people read it: its first filled key.</summary>
    public string? Display(IReadOnlyDictionary<string, string?> cells) => keys.Select(k => TextOf(k, cells)).FirstOrDefault(t => t is not null);

    /// <summary>The key a new row is known by: the first one, which the type requires.</summary>
    public string? Primary(IReadOnlyDictionary<string, string?> cells) => TextOf(keys[0], cells);

    private static string? TextOf(string[] columns, IReadOnlyDictionary<string, string?> cells) =>
        columns.All(c => !string.IsNullOrWhiteSpace(cells.GetValueOrDefault(c)) || columns.Length > 1)
        && columns.Any(c => !string.IsNullOrWhiteSpace(cells.GetValueOrDefault(c)))
            ? string.Join(" / ", columns.Select(c => cells.GetValueOrDefault(c)?.Trim() ?? ""))
            : null;
}
