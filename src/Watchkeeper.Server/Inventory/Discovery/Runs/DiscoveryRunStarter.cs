using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Discovery.Jobs;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Discovery.Runs;

/// <summary>Queues runs and cancels them; one run per job at a time.</summary>
public sealed class DiscoveryRunStarter(WatchkeeperDb db, DiscoveryRunQueue queue, TimeProvider clock)
{
    public async Task<Outcome<DiscoveryRun>> StartAsync(long organizationId, long jobId, bool scheduled, CancellationToken ct)
    {
        var job = await db.DiscoveryJobs.SingleOrDefaultAsync(j => j.Id == jobId && j.OrganizationId == organizationId, ct);
        if (job is null)
        {
            return OperationError.NotFound("Discovery job");
        }
        return await StartAsync(job, scheduled, ct);
    }

    /// <summary>Also saves whatever else the caller changed on the job (the schedule's next time).</summary>
    public async Task<Outcome<DiscoveryRun>> StartAsync(DiscoveryJob job, bool scheduled, CancellationToken ct)
    {
        if (await db.DiscoveryRuns.AnyAsync(r => r.JobId == job.Id && (r.Status == DiscoveryRunStatus.Queued || r.Status == DiscoveryRunStatus.Running), ct))
        {
            await db.SaveChangesAsync(ct);
            return OperationError.Conflict($"A run of '{job.Name}' is already in progress; wait for it or cancel it.");
        }
        var run = new DiscoveryRun { OrganizationId = job.OrganizationId, JobId = job.Id, Status = DiscoveryRunStatus.Queued, Scheduled = scheduled, QueuedAt = clock.GetUtcNow() };
        db.DiscoveryRuns.Add(run);
        // Moving the job's version makes two starts racing for the same job collide on its concurrency token.
        db.Entry(job).Property(j => j.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OperationError.Conflict($"A run of '{job.Name}' was started at the same moment; wait for it or cancel it.");
        }
        queue.Enqueue(run.Id);
        return run;
    }

    public async Task<Outcome<DiscoveryRun>> CancelAsync(long organizationId, long runId, CancellationToken ct)
    {
        var run = await db.DiscoveryRuns.SingleOrDefaultAsync(r => r.Id == runId && r.OrganizationId == organizationId, ct);
        if (run is null)
        {
            return OperationError.NotFound("Discovery run");
        }
        if (!run.IsActive)
        {
            return OperationError.Conflict($"The run has already ended ({run.Status}).");
        }
        run.CancelRequested = true;
        await db.SaveChangesAsync(ct);
        return run;
    }
}
