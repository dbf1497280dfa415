using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>
/// Finds configuration items by any registered <see cref="SearchSource"/>. Tiers run in rank order — exact, then
/// prefix, then contains — each over every source, and stop once the limit is reached: exact lookups are index seeks,
/// and the scans behind prefix and contains run only while there is room left for their hits. An item is reported once,
/// with its best match.
/// </summary>
public sealed class InventorySearch(IEnumerable<SearchSource> sources)
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 20;

    public async Task<IReadOnlyList<SearchHitDto>> FindAsync(WatchkeeperDb db, long organizationId, SearchTerm term, int limit, CancellationToken ct)
    {
        var found = new Dictionary<long, (string Field, string Value, SearchMatch Match)>();
        var active = sources.Where(s => s.Applies(term)).ToList();
        foreach (var match in Enum.GetValues<SearchMatch>())
        {
            foreach (var source in active.TakeWhile(_ => found.Count < limit))
            {
                var known = found.Keys.ToList();
                var rows = await Tier(db, organizationId, term, source, match).Where(r => !known.Contains(r.ItemId))
                    .OrderBy(r => r.Value).ThenBy(r => r.ItemId).Take(limit - found.Count).ToListAsync(ct);
                foreach (var row in rows)
                {
                    found.TryAdd(row.ItemId, (source.Field, row.Value, match));
                }
            }
        }
        var ids = found.Keys.ToList();
        var items = await db.ConfigurationItems.AsNoTracking().Where(i => ids.Contains(i.Id) && i.OrganizationId == organizationId)
            .Select(i => new ItemRef(i.Id, i.Kind, i.Name)).ToDictionaryAsync(i => i.Id, ct);
        return [.. ids.Where(items.ContainsKey).Select(id => new SearchHitDto(items[id], found[id].Field, found[id].Value, found[id].Match, ItemLinks.PathOf(items[id])))];
    }

    private static IQueryable<SearchRow> Tier(WatchkeeperDb db, long organizationId, SearchTerm term, SearchSource source, SearchMatch match)
    {
        var upper = term.Upper;
        var rows = source.Rows(db, organizationId);
        return match switch
        {
            SearchMatch.Exact => source.Exact(db, organizationId, term),
            SearchMatch.Prefix => rows.Where(r => r.Value.ToUpper().StartsWith(upper)),
            _ => rows.Where(r => r.Value.ToUpper().Contains(upper) && !r.Value.ToUpper().StartsWith(upper)),
        };
    }
}
