using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>How power connections are read, by the API and the pages alike.</summary>
public static class PowerConnectionQueries
{
    public static readonly Keyset<PowerConnection> Paging = new Keyset<PowerConnection>(c => c.Id, "id").Sortable("label", c => c.Label);

    public static readonly Expression<Func<PowerConnection, PowerConnectionDto>> ToDto = c => new PowerConnectionDto(
        c.Id, new NamedRef(c.DeviceId, c.Device.Item.Name),
        c.Feed == null ? null : new NamedRef(c.Feed.Id, c.Feed.Panel.Name + " / " + c.Feed.Name),
        c.UpstreamDevice == null ? null : new NamedRef(c.UpstreamDevice.Id, c.UpstreamDevice.Item.Name),
        c.Label, c.Version);

    /// <summary><c>q</c> matches a label anywhere.</summary>
    public static IQueryable<PowerConnection> Filter(WatchkeeperDb db, long organizationId, PowerConnectionFilter filter, string? q)
    {
        var connections = db.PowerConnections.AsNoTracking().Where(c => c.OrganizationId == organizationId);
        if (filter.DeviceId is { } deviceId)
        {
            connections = connections.Where(c => c.DeviceId == deviceId);
        }
        if (filter.FeedId is { } feedId)
        {
            connections = connections.Where(c => c.FeedId == feedId);
        }
        if (filter.UpstreamDeviceId is { } upstream)
        {
            connections = connections.Where(c => c.UpstreamDeviceId == upstream);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            connections = connections.Where(c => c.Label != null && c.Label.ToUpper().Contains(text));
        }
        return connections;
    }

    public static Task<PowerConnectionDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.PowerConnections.AsNoTracking().Where(c => c.Id == id && c.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
}
