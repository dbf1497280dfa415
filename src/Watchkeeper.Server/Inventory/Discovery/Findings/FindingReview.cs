using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Discovery.Findings;

/// <summary>
/// Decisions on the review queue. Accepting goes through the device, interface and cable administrations,
/// so every rule of theirs applies; the whole acceptance commits or nothing does. Every decision is audited.
/// </summary>
public sealed class FindingReview(WatchkeeperDb db, FindingAcceptance acceptance, TimeProvider clock)
{
    public async Task<Outcome<DiscoveryFinding>> AcceptAsync(Access access, long id, AcceptFindingRequest request, CancellationToken ct)
    {
        var finding = await PendingAsync(access, id, ct);
        if (finding.Error is not null)
        {
            return finding;
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async Task<Outcome<DiscoveryFinding>> (CancellationToken c) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(c);
            var applied = await acceptance.ApplyAsync(access, finding.Value!, request, c);
            if (applied.Error is { } error)
            {
                await transaction.RollbackAsync(c);
                db.ChangeTracker.Clear();
                return error;
            }
            var decided = await DecideAsync(access, id, FindingState.Accepted, c);
            decided.DeviceId = applied.Value;
            await db.SaveChangesAsync(c);
            await transaction.CommitAsync(c);
            return decided;
        }, ct);
    }

    public async Task<Outcome<DiscoveryFinding>> RejectAsync(Access access, long id, CancellationToken ct)
    {
        var finding = await PendingAsync(access, id, ct);
        if (finding.Error is not null)
        {
            return finding;
        }
        var decided = await DecideAsync(access, id, FindingState.Rejected, ct);
        await db.SaveChangesAsync(ct);
        return decided;
    }

    /// <summary>Ignores the host: its other pending findings go too, and later runs skip it.</summary>
    public async Task<Outcome<DiscoveryFinding>> IgnoreAsync(Access access, long id, CancellationToken ct)
    {
        var finding = await PendingAsync(access, id, ct);
        if (finding.Error is not null)
        {
            return finding;
        }
        var decided = await DecideAsync(access, id, FindingState.Ignored, ct);
        await foreach (var other in db.DiscoveryFindings.Where(f => f.OrganizationId == access.OrganizationId && f.Address == decided.Address && f.State == FindingState.Pending && f.Id != id).AsAsyncEnumerable().WithCancellation(ct))
        {
            other.State = FindingState.Ignored;
        }
        await db.SaveChangesAsync(ct);
        return decided;
    }

    /// <summary>Takes the host off the ignore list: this finding is back in the queue, the host's other ignored findings are closed as rejected.</summary>
    public async Task<Outcome<DiscoveryFinding>> UnignoreAsync(Access access, long id, CancellationToken ct)
    {
        var finding = await db.DiscoveryFindings.SingleOrDefaultAsync(f => f.Id == id && f.OrganizationId == access.OrganizationId, ct);
        if (finding is null)
        {
            return OperationError.NotFound("Finding");
        }
        if (finding.State != FindingState.Ignored)
        {
            return OperationError.Conflict("Only an ignored finding can be un-ignored.");
        }
        foreach (var other in await db.DiscoveryFindings.Where(f => f.OrganizationId == access.OrganizationId && f.Address == finding.Address && f.State == FindingState.Ignored).ToListAsync(ct))
        {
            other.State = other.Id == id ? FindingState.Pending : FindingState.Rejected;
        }
        (finding.DecidedAt, finding.DecidedBy) = (null, null);
        db.RecordEvent("discovery_finding.unignored", access.OrganizationId, "discovery_finding", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return finding;
    }

    private async Task<Outcome<DiscoveryFinding>> PendingAsync(Access access, long id, CancellationToken ct)
    {
        var finding = await db.DiscoveryFindings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.OrganizationId == access.OrganizationId, ct);
        if (finding is null)
        {
            return OperationError.NotFound("Finding");
        }
        return finding.State == FindingState.Pending ? finding : OperationError.Conflict($"The finding was already decided ({finding.State}).");
    }

    private async Task<DiscoveryFinding> DecideAsync(Access access, long id, FindingState state, CancellationToken ct)
    {
        var finding = await db.DiscoveryFindings.SingleAsync(f => f.Id == id, ct);
        (finding.State, finding.DecidedAt, finding.DecidedBy) = (state, clock.GetUtcNow(), AuditActor.Current.Name);
        db.RecordEvent($"discovery_finding.{state.ToString().ToLowerInvariant()}", access.OrganizationId, "discovery_finding",
            id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return finding;
    }

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, FindingQueue.Json)!;
}
