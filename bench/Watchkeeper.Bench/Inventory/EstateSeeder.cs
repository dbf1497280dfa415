using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Bench.Inventory;

/// <summary>What the measurements need to know about the seeded estate.</summary>
public sealed record Estate(int Items, int Relationships, IReadOnlyList<long> CoreSwitches, IReadOnlyList<long> Sites, TimeSpan Seeding);

/// <summary>
/// Writes a made-up estate of whole regions of <see cref="EstateRegion.Size"/> items each straight through the server's
/// own <see cref="WatchkeeperDb"/>, so every row is audited exactly as a change through the API would be (the audit
/// log of a real 100k estate is as large) — only the HTTP round trip and one commit per change are skipped.
/// </summary>
public sealed class EstateSeeder(ServerOptions server, long organizationId, Action<string> progress)
{
    private const int BatchSize = 2000;

    public async Task<Estate> SeedAsync(int regions, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (cores, sites) = (new List<long>(), new List<long>());
        var (items, relationships) = (0, 0);
        for (var region = 0; region < regions; region++)
        {
            await using var db = Open();
            var site = new Site { OrganizationId = organizationId, Name = $"Region {region + 1}", TimeZone = "Europe/Amsterdam" };
            db.Add(site);
            await db.SaveChangesAsync(ct);
            sites.Add(site.Id);
            var shape = new EstateRegion(region, organizationId, site.Id);
            foreach (var layer in shape.Layers())
            {
                await SaveAsync(db, layer.Rows, ct);
                shape.Created(layer);
                items += layer.Rows.Count;
            }
            var edges = shape.Relationships();
            await SaveAsync(db, edges, ct);
            relationships += edges.Count;
            await SaveAsync(db, shape.Tags(), ct);
            cores.Add(shape.CoreSwitch);
            progress($"seeded region {region + 1}/{regions}: {items:N0} items, {relationships:N0} relationships, {clock.Elapsed.TotalSeconds:0} s");
        }
        return new Estate(items, relationships, cores, sites, clock.Elapsed);
    }

    private WatchkeeperDb Open()
    {
        var builder = new DbContextOptionsBuilder<WatchkeeperDb>();
        DataModule.Configure(builder, server);
        return new WatchkeeperDb(builder.Options);
    }

    // Batches keep each transaction and the change tracker small; clearing the tracker keeps memory flat.
    private static async Task SaveAsync<T>(WatchkeeperDb db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
