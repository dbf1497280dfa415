using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Discovery.Prometheus;

/// <summary>The devices a Prometheus service-discovery request names, as target groups.</summary>
public static class PrometheusTargets
{
    /// <summary>Prometheus reads the whole answer at every refresh, so it stays one bounded document.</summary>
    public const int MaxTargets = 10_000;

    public const int DefaultPort = 9100;

    public sealed record Answer(IReadOnlyList<PrometheusTargetGroup> Groups, int SkippedWithoutAddress, bool Truncated);

    public static async Task<Answer> FindAsync(WatchkeeperDb db, long organizationId, long? siteId, PrometheusTargetFilter filter, CancellationToken ct)
    {
        var candidates = await Filter(db, organizationId, siteId, filter).OrderBy(d => d.Id).Take(MaxTargets + 1)
            .Select(d => new ScrapeCandidate(
                d.Id, d.Item.Name, d.Kind, d.Item.Status, d.Item.Environment, d.Item.Criticality,
                d.Item.OwnerTeam == null ? null : d.Item.OwnerTeam.Name, d.Site == null ? null : d.Site.Name, d.Rack == null ? null : d.Rack.Name,
                d.PrimaryIp, d.Fqdn, d.Hostname, d.Item.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                d.Item.CustomFieldValues.Select(v => new FieldValue(v.Field.Key, v.Value)).ToList()))
            .ToListAsync(ct);
        var groups = new List<PrometheusTargetGroup>();
        var skipped = 0;
        foreach (var device in candidates.Take(MaxTargets))
        {
            if (PrometheusLabels.Host(device) is not { } host)
            {
                skipped++;
                continue;
            }
            var port = PrometheusLabels.Port(device, filter.Port ?? DefaultPort, filter.PortLabel, filter.PortField);
            groups.Add(PrometheusLabels.Group(string.Create(CultureInfo.InvariantCulture, $"{host}:{port}"), device));
        }
        return new Answer(groups, skipped, candidates.Count > MaxTargets);
    }

    private static IQueryable<Devices.Device> Filter(WatchkeeperDb db, long organizationId, long? siteId, PrometheusTargetFilter filter)
    {
        var status = filter.Status ?? LifecycleStatus.Active;
        var devices = db.Devices.AsNoTracking().Where(d => d.OrganizationId == organizationId && d.Item.Status == status);
        foreach (var tag in ItemTags.Normalize(filter.Tag))
        {
            devices = devices.Where(d => d.Item.Tags.Any(t => t.Name == tag));
        }
        if (filter.Kind is { } kind)
        {
            devices = devices.Where(d => d.Kind == kind);
        }
        if (siteId is not null)
        {
            devices = devices.Where(d => d.SiteId == siteId);
        }
        if (filter.Environment is { } environment)
        {
            devices = devices.Where(d => d.Item.Environment == environment);
        }
        return devices;
    }
}
