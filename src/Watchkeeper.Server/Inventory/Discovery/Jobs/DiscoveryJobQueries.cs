using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Discovery.Runs;

namespace Watchkeeper.Server.Inventory.Discovery.Jobs;

/// <summary>Jobs as the API and the pages show them, each with its latest run.</summary>
public static class DiscoveryJobQueries
{
    public sealed record Row(DiscoveryJob Job, DiscoveryRun? LastRun);

    public static readonly Keyset<DiscoveryJob> Paging = new Keyset<DiscoveryJob>(j => j.Id, "name").Sortable("name", j => j.Name);

    public static IQueryable<Row> Rows(WatchkeeperDb db, IQueryable<DiscoveryJob> jobs) =>
        jobs.Select(j => new Row(j, db.DiscoveryRuns.Where(r => r.JobId == j.Id).OrderByDescending(r => r.Id).FirstOrDefault()));

    public static async Task<Page<DiscoveryJobDto>> PageAsync(WatchkeeperDb db, long organizationId, ListQuery query, CancellationToken ct)
    {
        var jobs = db.DiscoveryJobs.AsNoTracking().Where(j => j.OrganizationId == organizationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            jobs = jobs.Where(j => j.Name.ToUpper().Contains(q));
        }
        var page = await Paging.PageAsync(jobs, query, j => new Row(j, db.DiscoveryRuns.Where(r => r.JobId == j.Id).OrderByDescending(r => r.Id).FirstOrDefault()), ct);
        return new Page<DiscoveryJobDto>([.. page.Items.Select(ToDto)], page.NextCursor);
    }

    public static async Task<DiscoveryJobDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        await Rows(db, db.DiscoveryJobs.AsNoTracking().Where(j => j.Id == id && j.OrganizationId == organizationId)).SingleOrDefaultAsync(ct) is { } row
            ? ToDto(row)
            : null;

    public static DiscoveryJobDto ToDto(Row row)
    {
        var j = row.Job;
        return new DiscoveryJobDto(
            j.Id, j.Name, j.PrefixList, j.Icmp, DiscoveryJob.Ports(j.TcpPorts), j.ReverseDns, j.Banners, DiscoveryJob.Ports(j.HttpPorts),
            DiscoveryJob.Ports(j.TlsPorts), j.Snmp && j.SnmpSecret is not null, j.SnmpPort, j.Concurrency, j.RatePerSecond, j.TimeoutMs,
            j.Schedule, j.TimeZone, j.Enabled, j.NextRunAt, row.LastRun?.ToDto(), j.Version);
    }
}
