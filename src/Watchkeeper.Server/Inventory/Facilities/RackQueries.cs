using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>How racks are read, by the API and the pages alike.</summary>
public static class RackQueries
{
    /// <summary>Used units are filled in afterwards (<see cref="RackOccupancy.WithUsageAsync"/>): they need the devices' slots.</summary>
    public static readonly Expression<Func<Rack, RackDto>> ToDto =
        r => new RackDto(r.Id, r.SiteId, r.Site.Name, r.LocationId, r.Name, r.HeightU, r.Numbering, r.Description, 0, r.Version);

    public static IQueryable<Rack> Filter(WatchkeeperDb db, long organizationId, long? siteId, long? locationId, string? q)
    {
        var racks = db.Racks.AsNoTracking().Where(r => r.OrganizationId == organizationId);
        if (siteId is not null)
        {
            racks = racks.Where(r => r.SiteId == siteId);
        }
        if (locationId is not null)
        {
            racks = racks.Where(r => r.LocationId == locationId);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            racks = racks.Where(r => r.Name.ToUpper().Contains(text));
        }
        return racks;
    }

    public static async Task<RackDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct)
    {
        var rack = await db.Racks.AsNoTracking().Where(r => r.Id == id && r.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
        return rack is null ? null : (await RackOccupancy.WithUsageAsync(db, [rack], ct))[0];
    }

    public static async Task<RackElevationDto?> ElevationAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct)
    {
        if (await FindAsync(db, organizationId, id, ct) is not { } rack)
        {
            return null;
        }
        var devices = await db.Devices.AsNoTracking().Where(d => d.RackId == id)
            .OrderBy(d => d.Position).ThenBy(d => d.Item.Name)
            .Select(d => new RackedDeviceDto(d.Id, d.Item.Name, d.Kind, d.Item.Status, d.Position,
                d.DeviceType == null ? 0 : d.DeviceType.HeightU, d.Face, d.DeviceType != null && d.DeviceType.FullDepth))
            .ToListAsync(ct);
        return new RackElevationDto(rack, devices);
    }
}
