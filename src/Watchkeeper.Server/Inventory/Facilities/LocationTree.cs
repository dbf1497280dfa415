namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>Pure tree logic over (id → parent id) maps, so the rules are testable without a database.</summary>
public static class LocationTree
{
    /// <summary>True when making <paramref name="parentId"/> the parent of <paramref name="id"/> would put it inside itself.</summary>
    public static bool WouldCycle(long id, long parentId, IReadOnlyDictionary<long, long?> parents)
    {
        var seen = new HashSet<long>();
        for (long? current = parentId; current is { } at; current = parents.GetValueOrDefault(at))
        {
            if (at == id || !seen.Add(at))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The locations in tree order with their depth, for indented display.</summary>
    public static IEnumerable<(T Item, int Depth)> Walk<T>(IReadOnlyList<T> items, Func<T, long> id, Func<T, long?> parent, Func<T, string> name)
    {
        var children = items.ToLookup(parent);
        IEnumerable<(T, int)> Below(long? at, int depth) =>
            children[at].OrderBy(name, StringComparer.OrdinalIgnoreCase).SelectMany(c => Below(id(c), depth + 1).Prepend((c, depth)));
        return Below(null, 0);
    }
}
