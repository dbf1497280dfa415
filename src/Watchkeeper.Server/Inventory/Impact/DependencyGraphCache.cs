using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Impact;

/// <summary>
/// Keeps each organization's impact graph in memory while it is unchanged, because loading it costs a
/// read of every item and relationship (about a second at 100k items) while analysing it costs milliseconds.
/// <para>
/// "Unchanged" is judged by the organization's newest audit entry: every change to items, relationships,
/// groups and services is audited in its own transaction, so a newer entry means the graph may have moved.
/// That is one index seek, it holds across several servers sharing the database, and a change the graph
/// does not care about (a team renamed) costs only a reload. The number is read before the graph, so a
/// graph is never filed under a number older than what it contains would justify.
/// </para>
/// </summary>
public sealed class DependencyGraphCache(IMemoryCache cache)
{
    // An organization nobody has asked about for a while gives its memory back.
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private sealed record Entry(long Stamp, DependencyGraph Graph);

    public async Task<DependencyGraph> GetAsync(WatchkeeperDb db, long organizationId, CancellationToken ct)
    {
        // Newest first with a limit, so both databases read one entry of the (organization, sequence) index, not the range.
        var stamp = await db.AuditEntries.Where(e => e.OrganizationId == organizationId).OrderByDescending(e => e.Sequence)
            .Select(e => e.Sequence).FirstOrDefaultAsync(ct);
        var key = (typeof(DependencyGraphCache), organizationId);
        if (cache.TryGetValue(key, out Entry? entry) && entry!.Stamp == stamp)
        {
            return entry.Graph;
        }
        var graph = await DependencyGraphLoader.LoadAsync(db, organizationId, ct);
        cache.Set(key, new Entry(stamp, graph), new MemoryCacheEntryOptions { SlidingExpiration = Idle });
        return graph;
    }
}
