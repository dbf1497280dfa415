using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Scheduling;
using Watchkeeper.Server.Platform.Secrets;

namespace Watchkeeper.Server.Inventory.Discovery.Jobs;

/// <summary>Discovery jobs: the rules shared by the API and the pages. The community goes only to the secret store.</summary>
public sealed class DiscoveryJobAdministration(WatchkeeperDb db, SecretStore secrets, IOptions<DiscoveryOptions> options, TimeProvider clock)
    : InventoryAdministration<DiscoveryJob, DiscoveryJobRequest>(db)
{
    private const int MaxPorts = 100;

    public override string Noun => "Discovery job";

    protected override DiscoveryJob New(long organizationId) => new() { OrganizationId = organizationId, Name = "", Prefixes = "", TimeZone = "UTC" };

    protected override async Task<string?> StillUsedAsync(DiscoveryJob job, CancellationToken ct) =>
        await Db.DiscoveryRuns.AnyAsync(r => r.JobId == job.Id && (r.Status == DiscoveryRunStatus.Queued || r.Status == DiscoveryRunStatus.Running), ct)
            ? "A run of this job is in progress. Cancel it first."
            : null;

    protected override async Task RemoveAsync(DiscoveryJob job, CancellationToken ct)
    {
        if (job.SnmpSecret is { } secret)
        {
            await secrets.DeleteAsync(job.OrganizationId, secret, ct);
        }
        Db.Remove(job);
    }

    protected override async Task<OperationError?> ApplyAsync(DiscoveryJob job, DiscoveryJobRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        if (await Db.DiscoveryJobs.AnyAsync(j => j.OrganizationId == job.OrganizationId && j.Name == name && j.Id != job.Id, ct))
        {
            errors.Add("name", $"A discovery job named '{name}' already exists.");
        }
        var blocks = DiscoveryTargets.Parse(request.Prefixes, options.Value.AllowLoopback, errors);
        var tcp = Ports(request.TcpPorts ?? [22, 80, 443], "tcpPorts", errors);
        var http = Ports(request.HttpPorts ?? [80, 8080], "httpPorts", errors);
        var tls = Ports(request.TlsPorts ?? [443], "tlsPorts", errors);
        var community = InventoryText.Optional(request.SnmpCommunity);
        if (request.Snmp && community is null && job.SnmpSecret is null)
        {
            errors.Add("snmpCommunity", "Give the SNMP v2c read community to ask SNMP.");
        }
        var timeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? "UTC" : request.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) || !zone.HasIanaId)
        {
            errors.Add("timeZone", $"'{timeZone}' is not an IANA time zone; use a name like Europe/Berlin or UTC.");
        }
        var schedule = InventoryText.Optional(request.Schedule);
        if (schedule is not null && CronSchedule.Problem(schedule) is { } problem)
        {
            errors.Add("schedule", problem);
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        job.Name = name;
        job.Prefixes = string.Join('\n', blocks.Select(b => b.ToString()));
        (job.Icmp, job.ReverseDns, job.Banners, job.Snmp, job.SnmpPort) = (request.Icmp, request.ReverseDns, request.Banners, request.Snmp, request.SnmpPort);
        (job.TcpPorts, job.HttpPorts, job.TlsPorts) = (DiscoveryJob.Ports(tcp), DiscoveryJob.Ports(http), DiscoveryJob.Ports(tls));
        (job.Concurrency, job.RatePerSecond, job.TimeoutMs) = (request.Concurrency, request.RatePerSecond, request.TimeoutMs);
        (job.Schedule, job.TimeZone, job.Enabled) = (schedule, timeZone, request.Enabled);
        job.NextRunAt = request.Enabled ? CronSchedule.Next(schedule, timeZone, clock.GetUtcNow()) : null;
        if (community is not null)
        {
            job.SnmpSecret ??= "discovery/" + Guid.NewGuid().ToString("N");
            await secrets.SetAsync(job.OrganizationId, job.SnmpSecret, community, ct);
        }
        return null;
    }

    private static IReadOnlyList<int> Ports(IReadOnlyList<int> ports, string field, FieldErrors errors)
    {
        if (ports.Count > MaxPorts)
        {
            errors.Add(field, $"List at most {MaxPorts} ports.");
        }
        foreach (var port in ports.Where(p => p is < 1 or > 65535))
        {
            errors.Add(field, $"{port} is not a port; ports are 1 to 65535.");
        }
        return ports;
    }
}
