using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>Racks: at a site, optionally in one of its locations, never smaller than what they hold.</summary>
public sealed class RackAdministration(WatchkeeperDb db) : InventoryAdministration<Rack, RackRequest>(db)
{
    public override string Noun => "Rack";

    protected override Rack New(long organizationId) => new() { OrganizationId = organizationId, Name = "" };

    protected override async Task<string?> StillUsedAsync(Rack rack, CancellationToken ct) =>
        await Db.Devices.CountAsync(d => d.RackId == rack.Id, ct) is > 0 and var devices
            ? $"Rack '{rack.Name}' still holds {devices} device(s). Move or delete them first."
            : null;

    protected override async Task<OperationError?> ApplyAsync(Rack rack, RackRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var siteId = request.SiteId ?? 0;
        var name = request.Name.Trim();
        if (!await Db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == rack.OrganizationId, ct))
        {
            errors.Add("siteId", "No site with that id exists in this organization.");
        }
        else if (rack.Id != 0 && rack.SiteId != siteId && await Db.Devices.AnyAsync(d => d.RackId == rack.Id, ct))
        {
            errors.Add("siteId", "A rack with devices stays at its site; move the devices first.");
        }
        if (request.LocationId is { } locationId && !await Db.Locations.AnyAsync(l => l.Id == locationId && l.SiteId == siteId, ct))
        {
            errors.Add("locationId", "The location must be in the rack's site.");
        }
        if (await Db.Racks.AnyAsync(r => r.SiteId == siteId && r.Name == name && r.Id != rack.Id, ct))
        {
            errors.Add("name", $"The site already has a rack named '{name}'.");
        }
        if (request.HeightU is < 1 or > 60)
        {
            errors.Add("heightU", "A rack is 1 to 60 units high.");
        }
        else if (rack.Id != 0 && (await RackOccupancy.SlotsAsync(Db, rack.Id, ct)).MaxBy(s => s.Top) is { } highest && highest.Top > request.HeightU)
        {
            errors.Add("heightU", $"'{highest.Name}' reaches unit {highest.Top}; the rack cannot be lower than that.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        rack.SiteId = siteId;
        rack.LocationId = request.LocationId;
        rack.Name = name;
        rack.HeightU = request.HeightU;
        rack.Numbering = request.Numbering;
        rack.Description = InventoryText.Optional(request.Description);
        return null;
    }
}
