using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>
/// Finds configuration items by any registered <see cref="SearchSource"/>, ranked exact, then prefix, then contains.
/// Exact lookups (index seeks) run first over every source; only while there is room left does each source look its
/// column up once for prefix and contains hits (through its trigram index where it has one, see <see cref="TrigramIndex"/>),
/// which are merged in rank order. An item is reported once, with its best match.
/// </summary>
public sealed class InventorySearch(IEnumerable<SearchSource> sources)
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 20;

    public async Task<IReadOnlyList<SearchHitDto>> FindAsync(WatchkeeperDb db, long organizationId, SearchTerm term, int limit, CancellationToken ct)
    {
        var found = new Dictionary<long, (string Field, string Value, SearchMatch Match)>();
        var active = sources.Where(s => s.Applies(term)).ToList();
        foreach (var source in active.TakeWhile(_ => found.Count < limit))
        {
            await AddExactAsync(found, source, source.Exact(db, organizationId, term), limit, ct);
        }
        // Prefix and contains hits come from one query per source, prefix first; merged across sources in rank order.
        var upper = term.Upper;
        var partial = new List<(SearchRow Row, string Field, SearchMatch Match)>();
        foreach (var source in active.Where(_ => found.Count < limit))
        {
            var known = found.Keys.ToList();
            var rows = await source.Containing(db, organizationId, term).Where(r => !known.Contains(r.ItemId))
                .OrderBy(r => r.Value.ToUpper().StartsWith(upper) ? 0 : 1).ThenBy(r => r.Value).ThenBy(r => r.ItemId).Take(limit - found.Count).ToListAsync(ct);
            partial.AddRange(rows.Select(r => (r, source.Field, r.Value.ToUpperInvariant().StartsWith(upper, StringComparison.Ordinal) ? SearchMatch.Prefix : SearchMatch.Contains)));
        }
        foreach (var (row, field, match) in partial.OrderBy(p => p.Match).ThenBy(p => p.Row.Value, StringComparer.Ordinal).ThenBy(p => p.Row.ItemId))
        {
            if (found.Count < limit)
            {
                found.TryAdd(row.ItemId, (field, row.Value, match));
            }
        }
        var ids = found.Keys.ToList();
        var items = await db.ConfigurationItems.AsNoTracking().Where(i => ids.Contains(i.Id) && i.OrganizationId == organizationId)
            .Select(i => new ItemRef(i.Id, i.Kind, i.Name)).ToDictionaryAsync(i => i.Id, ct);
        return [.. ids.Where(items.ContainsKey).Select(id => new SearchHitDto(items[id], found[id].Field, found[id].Value, found[id].Match, ItemLinks.PathOf(items[id])))];
    }

    private static async Task AddExactAsync(Dictionary<long, (string, string, SearchMatch)> found, SearchSource source,
        IQueryable<SearchRow> query, int limit, CancellationToken ct)
    {
        var known = found.Keys.ToList();
        var rows = await query.Where(r => !known.Contains(r.ItemId)).OrderBy(r => r.Value).ThenBy(r => r.ItemId).Take(limit - found.Count).ToListAsync(ct);
        foreach (var row in rows)
        {
            found.TryAdd(row.ItemId, (source.Field, row.Value, SearchMatch.Exact));
        }
    }
}
