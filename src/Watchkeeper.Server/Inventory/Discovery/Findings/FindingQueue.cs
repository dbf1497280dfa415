using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Discovery.Jobs;

namespace Watchkeeper.Server.Inventory.Discovery.Findings;

/// <summary>
/// Turns a run's observations into review entries: a new device, a changed device, proposed cables. Ignored
/// hosts are skipped, and a proposal identical to the last one for the same host is not queued again.
/// </summary>
public sealed class FindingQueue(WatchkeeperDb db, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>How many findings were queued.</returns>
    public async Task<int> AddAsync(DiscoveryJob job, long runId, IReadOnlyList<HostObservation> hosts, CancellationToken ct)
    {
        var matcher = new DeviceMatcher(db, job.OrganizationId);
        var cables = new CableProposals(db, matcher);
        var added = new List<DiscoveryFinding>();
        foreach (var host in hosts)
        {
            if (await db.DiscoveryFindings.AnyAsync(f => f.OrganizationId == job.OrganizationId && f.Address == host.Address && f.State == FindingState.Ignored, ct))
            {
                continue;
            }
            var finding = New(job, runId, host);
            var (device, matchedBy) = await matcher.MatchAsync(host, ct);
            if (device is null)
            {
                (finding.Kind, finding.ProposedName, finding.ProposedKind) = (FindingKind.NewDevice, DeviceGuess.Name(host), DeviceGuess.Kind(host));
                finding.Fingerprint = Hash(host with { System = host.System is { } s ? s with { UpTimeSeconds = null } : null });
                added.Add(finding);
                continue;
            }
            var interfaces = await db.Interfaces.AsNoTracking().Where(i => i.DeviceId == device.Id).ToListAsync(ct);
            var changes = DeviceDiff.Compute(device, interfaces, host);
            if (changes.Count > 0)
            {
                (finding.Kind, finding.DeviceId, finding.MatchedBy) = (FindingKind.ChangedDevice, device.Id, matchedBy);
                (finding.Changes, finding.Fingerprint) = (JsonSerializer.Serialize(changes, Json), Hash(changes));
                added.Add(finding);
            }
            foreach (var cable in await cables.ForAsync(device, host, ct))
            {
                var pair = cable.A.InterfaceId < cable.B.InterfaceId ? (cable.A.InterfaceId, cable.B.InterfaceId) : (cable.B.InterfaceId, cable.A.InterfaceId);
                var proposal = New(job, runId, host);
                (proposal.Kind, proposal.DeviceId, proposal.MatchedBy) = (FindingKind.Cable, device.Id, "LLDP");
                (proposal.Cable, proposal.Fingerprint) = (JsonSerializer.Serialize(cable, Json), Hash(pair));
                added.Add(proposal);
            }
        }
        var fresh = new List<DiscoveryFinding>();
        foreach (var finding in added.Where(f => fresh.All(x => x.Fingerprint != f.Fingerprint)))
        {
            // A host proposes one device but may propose several cables: a cable is compared with every earlier proposal of it.
            var earlier = db.DiscoveryFindings.Where(f => f.OrganizationId == job.OrganizationId && f.Kind == finding.Kind);
            var repeated = finding.Kind == FindingKind.Cable
                ? await earlier.AnyAsync(f => f.Fingerprint == finding.Fingerprint, ct)
                : await earlier.Where(f => f.Address == finding.Address).OrderByDescending(f => f.Id).Select(f => f.Fingerprint).FirstOrDefaultAsync(ct) == finding.Fingerprint;
            if (!repeated)
            {
                fresh.Add(finding);
            }
        }
        db.DiscoveryFindings.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        return fresh.Count;
    }

    private DiscoveryFinding New(DiscoveryJob job, long runId, HostObservation host) => new()
    {
        OrganizationId = job.OrganizationId, JobId = job.Id, RunId = runId, State = FindingState.Pending, Address = host.Address,
        Observation = JsonSerializer.Serialize(host, Json), Fingerprint = "", FoundAt = clock.GetUtcNow(),
    };

    private static string Hash<T>(T value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Json))));
}
