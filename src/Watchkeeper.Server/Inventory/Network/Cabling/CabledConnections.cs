using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Relationships;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>
/// Keeps one stored connected-to relationship between every two devices that at least one cable joins, written in the
/// cable's own transaction. It points from the lower device id to the higher: the direction means nothing for a cable.
/// </summary>
public sealed class CabledConnections(WatchkeeperDb db, TimeProvider clock)
{
    /// <summary>Moves a cable's contribution from the device pair it joined (null for a new cable) to the one it joins now (null when it goes).</summary>
    public async Task MoveAsync(long cableId, (long, long)? before, (long, long)? after, CancellationToken ct)
    {
        var (old, now) = (Ordered(before), Ordered(after));
        if (old == now)
        {
            return;
        }
        if (old is { } gone && !await OtherCableJoinsAsync(cableId, gone, ct))
        {
            db.Relationships.RemoveRange(await Between(gone).ToListAsync(ct));
        }
        if (now is { } joined && !await Between(joined).AnyAsync(ct) && !db.Relationships.Local.Any(r => Joins(r, joined)))
        {
            var organizationId = await db.ConfigurationItems.Where(i => i.Id == joined.Low).Select(i => i.OrganizationId).SingleAsync(ct);
            db.Relationships.Add(new Relationship
            {
                OrganizationId = organizationId, SourceId = joined.Low, TargetId = joined.High, Type = RelationshipType.ConnectedTo, CreatedAt = clock.GetUtcNow(),
            });
        }
    }

    /// <summary>
    /// True when a connected-to this change was adding has meanwhile been written by a concurrent cable between the same
    /// devices; the pending one is then dropped so the change can be saved again.
    /// </summary>
    public async Task<bool> LostRaceAsync(CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<Relationship>().Where(e => e.State == EntityState.Added).ToList();
        foreach (var entry in pending)
        {
            var pair = (entry.Entity.SourceId, entry.Entity.TargetId);
            if (!await Between(pair).AsNoTracking().AnyAsync(ct))
            {
                return false;
            }
        }
        pending.ForEach(e => e.State = EntityState.Detached);
        return pending.Count > 0;
    }

    /// <summary>A cable between two ports of one device joins no two devices.</summary>
    private static (long Low, long High)? Ordered((long A, long B)? pair) =>
        pair is { } p && p.A != p.B ? (Math.Min(p.A, p.B), Math.Max(p.A, p.B)) : null;

    private static bool Joins(Relationship r, (long Low, long High) pair) =>
        r.Type == RelationshipType.ConnectedTo && r.SourceId == pair.Low && r.TargetId == pair.High;

    private IQueryable<Relationship> Between((long Low, long High) pair) =>
        db.Relationships.Where(r => r.Type == RelationshipType.ConnectedTo && r.SourceId == pair.Low && r.TargetId == pair.High);

    private Task<bool> OtherCableJoinsAsync(long cableId, (long Low, long High) pair, CancellationToken ct) =>
        db.Cables.AnyAsync(c => c.Id != cableId
            && c.Ends.Any(e => e.Interface.DeviceId == pair.Low) && c.Ends.Any(e => e.Interface.DeviceId == pair.High), ct);
}
