using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>How device types are read and filtered, by the API, the export and the pages alike.</summary>
public static class DeviceTypeQueries
{
    public const int MaxHeightU = 60;

    public static readonly Keyset<DeviceType> Paging = new Keyset<DeviceType>(t => t.Id, "model")
        .Sortable("model", t => t.Model).Sortable("manufacturer", t => t.Manufacturer);

    public static Expression<Func<DeviceType, DeviceTypeDto>> ToDto(WatchkeeperDb db) => t => new DeviceTypeDto(
        t.Id, t.Manufacturer, t.Model, t.HeightU, t.FullDepth, t.PowerDrawWatts, db.Devices.Count(d => d.DeviceTypeId == t.Id), t.Version,
        t.Interfaces.OrderBy(i => i.Id).Select(i => new InterfaceTemplate(i.Name, i.Kind, i.SpeedMbps, i.ManagementOnly)).ToList(), t.MaxOutputWatts);

    /// <summary>The filter's own rules, the same for the list and the export.</summary>
    public static void Check(DeviceTypeFilter filter, FieldErrors errors)
    {
        if (filter.HeightU is < 0 or > MaxHeightU)
        {
            errors.Add("heightU", $"A height is 0 to {MaxHeightU} rack units.");
        }
    }

    /// <summary><c>q</c> matches the manufacturer or the model anywhere; <c>manufacturer</c> is the whole name, in any case.</summary>
    public static IQueryable<DeviceType> Filter(WatchkeeperDb db, long organizationId, DeviceTypeFilter filter, string? q)
    {
        var types = db.DeviceTypes.AsNoTracking().Where(t => t.OrganizationId == organizationId);
        if (filter.Manufacturer is { Length: > 0 } manufacturer)
        {
            var name = manufacturer.Trim().ToUpperInvariant();
            types = types.Where(t => t.Manufacturer.ToUpper() == name);
        }
        types = filter.HeightU is { } height ? types.Where(t => t.HeightU == height) : types;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            types = types.Where(t => t.Model.ToUpper().Contains(text) || t.Manufacturer.ToUpper().Contains(text));
        }
        return types;
    }

    public static Task<DeviceTypeDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.DeviceTypes.AsNoTracking().Where(t => t.Id == id && t.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);
}
