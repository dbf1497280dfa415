using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Discovery.Findings;
using Watchkeeper.Server.Inventory.Discovery.Jobs;
using Watchkeeper.Server.Inventory.Discovery.Scanning;
using Watchkeeper.Server.Inventory.Discovery.Snmp;
using Watchkeeper.Server.Platform.Secrets;

namespace Watchkeeper.Server.Inventory.Discovery.Runs;

/// <summary>Executes one queued run from start to its final status; nothing escapes as an exception.</summary>
public sealed class DiscoveryRunExecution(
    WatchkeeperDb db, SecretStore secrets, FindingQueue findings, IServiceScopeFactory scopes, IOptions<DiscoveryOptions> options,
    TimeProvider clock, ILogger<DiscoveryRunExecution> log)
{
    public async Task ExecuteAsync(long runId, CancellationToken stopping)
    {
        var run = await db.DiscoveryRuns.SingleOrDefaultAsync(r => r.Id == runId, stopping);
        var job = run is null ? null : await db.DiscoveryJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == run.JobId, stopping);
        if (run is not { Status: DiscoveryRunStatus.Queued } || job is null)
        {
            return;
        }
        var progress = new RunProgress(scopes, runId, clock);
        using var scan = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        try
        {
            var blocks = DiscoveryTargets.Parse(job.PrefixList, options.Value.AllowLoopback, new FieldErrors());
            (run.Status, run.StartedAt, run.HostsTotal) = (DiscoveryRunStatus.Running, clock.GetUtcNow(), DiscoveryTargets.Count(blocks));
            await db.SaveChangesAsync(stopping);
            var settings = await SettingsAsync(job, stopping);
            using var done = new CancellationTokenSource();
            var writer = progress.WriteAsync(scan, done.Token);
            IReadOnlyList<HostObservation> hosts;
            try
            {
                hosts = await new NetworkScanner(clock).ScanAsync(DiscoveryTargets.Addresses(blocks), settings, progress.Probed, scan.Token);
            }
            finally
            {
                await done.CancelAsync();
                await writer;
            }
            run.FindingsCount = await findings.AddAsync(job, run.Id, hosts, stopping);
            Finish(run, progress, DiscoveryRunStatus.Succeeded, null);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            Finish(run, progress, DiscoveryRunStatus.Cancelled, null);
        }
        catch (OperationCanceledException)
        {
            Finish(run, progress, DiscoveryRunStatus.Failed, "Interrupted by a server stop.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogError(e, "Discovery run {RunId} of job {JobId} failed", runId, job.Id);
            Finish(run, progress, DiscoveryRunStatus.Failed, e.Message.Length > 1000 ? e.Message[..1000] : e.Message);
        }
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<ProbeSettings> SettingsAsync(DiscoveryJob job, CancellationToken ct)
    {
        var community = job.Snmp && job.SnmpSecret is { } name ? await secrets.GetAsync(job.OrganizationId, name, ct) : null;
        return new ProbeSettings
        {
            Icmp = job.Icmp, TcpPorts = DiscoveryJob.Ports(job.TcpPorts), ReverseDns = job.ReverseDns, Banners = job.Banners,
            HttpPorts = DiscoveryJob.Ports(job.HttpPorts), TlsPorts = DiscoveryJob.Ports(job.TlsPorts),
            SnmpCommunity = community is null ? null : new SnmpCommunity(community), SnmpPort = job.SnmpPort,
            Concurrency = job.Concurrency, RatePerSecond = job.RatePerSecond, Timeout = TimeSpan.FromMilliseconds(job.TimeoutMs),
        };
    }

    private void Finish(DiscoveryRun run, RunProgress progress, DiscoveryRunStatus status, string? error)
    {
        db.ChangeTracker.Clear();
        db.Attach(run);
        (run.HostsProbed, run.HostsResponding) = progress.Counts;
        (run.Status, run.FinishedAt, run.Error) = (status, clock.GetUtcNow(), error);
        db.Entry(run).State = EntityState.Modified;
    }
}
