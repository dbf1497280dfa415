using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Audit;

/// <summary>Links audit entries into a SHA-256 chain and checks it.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Audit times are kept to the millisecond, which every database stores exactly.</summary>
    public static DateTimeOffset Timestamp(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.PreviousHash,
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.Actor,
            e.ActorUserId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.OrganizationId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Action,
            e.ObjectType ?? "",
            e.ObjectId ?? "",
            e.Changes ?? "",
            e.IpAddress ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// Numbers, hashes and inserts new entries after the current head, inside the transaction
    /// of the change they describe. The head row is locked so concurrent writers on PostgreSQL
    /// take turns (SQLite write transactions already do). Plain SQL keeps these rows out of the
    /// change tracker, so a retried save re-runs cleanly.
    /// </summary>
    public static async Task AppendAsync(WatchkeeperDb db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var head = await db.Database.SqlQueryRaw<HeadRow>(db.IsSqlite
                ? "SELECT \"Sequence\", \"Hash\" FROM \"AuditChainHeads\" WHERE \"Id\" = 1"
                : "SELECT \"Sequence\", \"Hash\" FROM \"AuditChainHeads\" WHERE \"Id\" = 1 FOR UPDATE")
            .AsAsyncEnumerable().SingleAsync(cancellationToken);
        var (sequence, hash) = (head.Sequence, head.Hash);
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.At = Timestamp(entry.At);
            entry.PreviousHash = hash;
            entry.Hash = hash = ComputeHash(entry);
        }
        // Few round trips on PostgreSQL, where every audited write in the instance waits for the head lock held
        // meanwhile. SQLite has no round trips to save, and binding thousands of named parameters made its
        // seeding about seven times slower in the benchmark, so it keeps one row per statement.
        foreach (var chunk in entries.Chunk(db.IsSqlite ? 1 : RowsPerInsert))
        {
            await InsertAsync(db, chunk, cancellationToken);
        }
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditChainHeads\" SET \"Sequence\" = {sequence}, \"Hash\" = {hash} WHERE \"Id\" = 1", cancellationToken);
    }

    // 12 parameters a row: well below PostgreSQL's 65,535 per statement.
    private const int RowsPerInsert = 500;

    private static async Task InsertAsync(WatchkeeperDb db, AuditEntry[] rows, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("""INSERT INTO "AuditEntries" ("Sequence", "At", "Actor", "ActorUserId", "OrganizationId", "Action", "ObjectType", "ObjectId", "Changes", "IpAddress", "PreviousHash", "Hash") VALUES """);
        var values = new List<object?>(rows.Length * 12);
        foreach (var entry in rows)
        {
            object at = db.IsSqlite ? (long)TicksConverter.ConvertToProvider(entry.At)! : entry.At;
            object?[] row = [entry.Sequence, at, entry.Actor, entry.ActorUserId, entry.OrganizationId, entry.Action, entry.ObjectType, entry.ObjectId, entry.Changes, entry.IpAddress, entry.PreviousHash, entry.Hash];
            sql.Append(values.Count == 0 ? "(" : ", (");
            sql.AppendJoin(", ", row.Select((_, i) => $"{{{values.Count + i}}}"));
            sql.Append(')');
            values.AddRange(row);
        }
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), values!, cancellationToken);
    }

    private sealed record HeadRow(long Sequence, string Hash);

    private static readonly DateTimeOffsetToBinaryConverter TicksConverter = new();

    public static async Task<AuditVerificationDto> VerifyAsync(WatchkeeperDb db, CancellationToken cancellationToken = default)
    {
        var previous = Genesis;
        long count = 0;
        long lastSequence = 0;
        // In batches: a retrying execution strategy buffers a query's whole result, so one query would hold the whole log in memory.
        for (var more = true; more;)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > lastSequence).OrderBy(e => e.Sequence).Take(VerifyBatch).ToListAsync(cancellationToken);
            more = batch.Count == VerifyBatch;
            foreach (var entry in batch)
            {
                count++;
                if (entry.Sequence != lastSequence + 1)
                {
                    return Broken(count, lastSequence + 1, $"Entry {lastSequence + 1} is missing: the chain jumps from {lastSequence} to {entry.Sequence}.");
                }
                if (entry.PreviousHash != previous || ComputeHash(entry) != entry.Hash)
                {
                    return Broken(count, entry.Sequence, $"Entry {entry.Sequence} was changed: its hash does not match its content or the entry before it.");
                }
                previous = entry.Hash;
                lastSequence = entry.Sequence;
            }
        }
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken);
        if (head.Sequence != lastSequence || head.Hash != previous)
        {
            return Broken(count, lastSequence + 1, $"The newest entries were removed: the chain ends at {lastSequence} but was written up to {head.Sequence}.");
        }
        return new AuditVerificationDto(true, count, null, $"The audit chain is intact: {count} entries verified.");
    }

    private const int VerifyBatch = 5_000;

    private static AuditVerificationDto Broken(long count, long sequence, string message) => new(false, count, sequence, message);
}
