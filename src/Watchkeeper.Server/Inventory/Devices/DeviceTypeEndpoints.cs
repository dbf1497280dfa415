using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Devices;

public static class DeviceTypeEndpoints
{
    private static readonly Keyset<DeviceType> Paging = new Keyset<DeviceType>(t => t.Id, "model")
        .Sortable("model", t => t.Model).Sortable("manufacturer", t => t.Manufacturer);

    public static Expression<Func<DeviceType, DeviceTypeDto>> ToDto(WatchkeeperDb db) => t => new DeviceTypeDto(
        t.Id, t.Manufacturer, t.Model, t.HeightU, t.FullDepth, t.PowerDrawWatts, db.Devices.Count(d => d.DeviceTypeId == t.Id), t.Version,
        t.Interfaces.OrderBy(i => i.Id).Select(i => new InterfaceTemplate(i.Name, i.Kind, i.SpeedMbps, i.ManagementOnly)).ToList(), t.MaxOutputWatts);

    public static void MapDeviceTypes(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<DeviceType, DeviceTypeRequest, DeviceTypeDto, DeviceTypeAdministration>("device-types", FindAsync, t => t.Version);
        var group = type.Map(inventory, "Inventory: device types", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (DeviceTypeRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, DeviceTypeRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<DeviceTypeDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var types = db.DeviceTypes.AsNoTracking().Where(t => t.OrganizationId == access.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            types = types.Where(t => t.Model.ToUpper().Contains(q) || t.Manufacturer.ToUpper().Contains(q));
        }
        return TypedResults.Ok(await Paging.PageAsync(types, query, ToDto(db), ct));
    }

    public static Task<DeviceTypeDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.DeviceTypes.AsNoTracking().Where(t => t.Id == id && t.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);
}
