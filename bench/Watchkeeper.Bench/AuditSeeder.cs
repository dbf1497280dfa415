using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Audit;

namespace Watchkeeper.Bench;

/// <summary>
/// Appends audit entries straight to the database through the server's own AuditChain.AppendAsync,
/// so numbering, hashing and time storage are exactly the server's and `audit verify` accepts the
/// result. Driving the API instead would cost one durable commit per change (seconds per thousand).
/// </summary>
public static class AuditSeeder
{
    private const int BatchSize = 1000;

    public static async Task<TimeSpan> SeedAsync(ServerOptions server, Administrator admin, int count, CancellationToken ct)
    {
        var builder = new DbContextOptionsBuilder<WatchkeeperDb>();
        DataModule.Configure(builder, server);
        await using var db = new WatchkeeperDb(builder.Options);
        var strategy = db.Database.CreateExecutionStrategy();
        var clock = Stopwatch.StartNew();
        for (var done = 0; done < count; done += BatchSize)
        {
            var batch = Enumerable.Range(done, Math.Min(BatchSize, count - done)).Select(i => Entry(i, admin)).ToList();
            // One transaction per batch, as the server appends; the strategy retries a batch whole on PostgreSQL.
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await AuditChain.AppendAsync(db, batch, ct);
                await transaction.CommitAsync(ct);
            });
        }
        return clock.Elapsed;
    }

    // A plausible mix: mostly organization changes with before/after values (what the list decodes),
    // one in ten an instance-wide login that the list finds through the actor's membership.
    private static AuditEntry Entry(int i, Administrator admin)
    {
        var id = (i + 1).ToString(CultureInfo.InvariantCulture);
        var (action, organization, type, objectId, changes) = (i % 10) switch
        {
            0 => ("login.succeeded", (long?)null, "user", $"{admin.UserId} (api token)", (Dictionary<string, string?[]>?)null),
            < 5 => ("team.created", admin.OrganizationId, "team", id, new() { ["Name"] = [null, $"Team {id}"], ["Description"] = [null, "Seeded by the benchmark"] }),
            _ => ("team.updated", admin.OrganizationId, "team", id, new() { ["Description"] = ["Seeded by the benchmark", $"Revision {id}"] }),
        };
        return new AuditEntry
        {
            At = DateTimeOffset.UtcNow,
            Actor = admin.Email,
            ActorUserId = admin.UserId,
            OrganizationId = organization,
            Action = action,
            ObjectType = type,
            ObjectId = objectId,
            Changes = changes is null ? null : JsonSerializer.Serialize(changes),
            IpAddress = "127.0.0.1",
            PreviousHash = "",
            Hash = "",
        };
    }
}
