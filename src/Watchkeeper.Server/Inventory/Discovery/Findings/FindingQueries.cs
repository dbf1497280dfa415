using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Discovery.Findings;

/// <summary>The review queue as the API and the pages show it, newest first by default.</summary>
public static class FindingQueries
{
    public sealed record Row(DiscoveryFinding Finding, string? DeviceName);

    public static readonly Keyset<DiscoveryFinding> Paging = new(f => f.Id, "-id");

    public static IQueryable<DiscoveryFinding> Filter(WatchkeeperDb db, long organizationId, FindingFilter filter)
    {
        var state = filter.State ?? FindingState.Pending;
        var findings = db.DiscoveryFindings.AsNoTracking().Where(f => f.OrganizationId == organizationId && f.State == state);
        if (filter.JobId is { } jobId)
        {
            findings = findings.Where(f => f.JobId == jobId);
        }
        return filter.Kind is { } kind ? findings.Where(f => f.Kind == kind) : findings;
    }

    public static async Task<Page<DiscoveryFindingDto>> PageAsync(WatchkeeperDb db, IQueryable<DiscoveryFinding> findings, ListQuery query, CancellationToken ct)
    {
        var page = await Paging.PageAsync(findings, query, f => new Row(f, db.ConfigurationItems.Where(i => i.Id == f.DeviceId).Select(i => i.Name).FirstOrDefault()), ct);
        return new Page<DiscoveryFindingDto>([.. page.Items.Select(ToDto)], page.NextCursor);
    }

    public static async Task<DiscoveryFindingDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        await db.DiscoveryFindings.AsNoTracking().Where(f => f.Id == id && f.OrganizationId == organizationId)
            .Select(f => new Row(f, db.ConfigurationItems.Where(i => i.Id == f.DeviceId).Select(i => i.Name).FirstOrDefault()))
            .SingleOrDefaultAsync(ct) is { } row ? ToDto(row) : null;

    public static DiscoveryFindingDto ToDto(Row row)
    {
        var f = row.Finding;
        return new DiscoveryFindingDto(
            f.Id, f.JobId, f.RunId, f.Kind, f.State, f.Address, f.DeviceId, row.DeviceName, f.MatchedBy, f.ProposedName, f.ProposedKind,
            JsonSerializer.Deserialize<HostObservation>(f.Observation, FindingQueue.Json)!,
            f.Changes is null ? [] : JsonSerializer.Deserialize<List<FieldChange>>(f.Changes, FindingQueue.Json)!,
            f.Cable is null ? null : JsonSerializer.Deserialize<ProposedCable>(f.Cable, FindingQueue.Json),
            f.FoundAt, f.DecidedAt, f.DecidedBy);
    }
}
