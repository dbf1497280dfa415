using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>Racks: at a site, optionally in one of its locations, never smaller than what they hold.</summary>
public sealed class RackAdministration(WatchkeeperDb db)
{
    public async Task<Outcome<Rack>> CreateAsync(Access access, RackRequest request, CancellationToken ct)
    {
        var rack = new Rack { OrganizationId = access.OrganizationId, Name = "" };
        if (await ApplyAsync(rack, request, ct) is { } error)
        {
            return error;
        }
        db.Racks.Add(rack);
        await db.SaveChangesAsync(ct);
        return rack;
    }

    public async Task<Outcome<Rack>> UpdateAsync(Access access, long id, RackRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var rack = await db.Racks.SingleOrDefaultAsync(r => r.Id == id && r.OrganizationId == access.OrganizationId, ct);
        if (rack is null)
        {
            return OperationError.NotFound("Rack");
        }
        if (!matches(rack))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(rack, request, ct) is { } error)
        {
            return error;
        }
        await db.SaveChangesAsync(ct);
        return rack;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var rack = await db.Racks.SingleOrDefaultAsync(r => r.Id == id && r.OrganizationId == access.OrganizationId, ct);
        if (rack is null)
        {
            return OperationError.NotFound("Rack");
        }
        var devices = await db.Devices.CountAsync(d => d.RackId == id, ct);
        if (devices > 0)
        {
            return OperationError.Conflict($"Rack '{rack.Name}' still holds {devices} device(s). Move or delete them first.");
        }
        db.Racks.Remove(rack);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<OperationError?> ApplyAsync(Rack rack, RackRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var siteId = request.SiteId ?? 0;
        var name = request.Name.Trim();
        if (!await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == rack.OrganizationId, ct))
        {
            errors.Add("siteId", "No site with that id exists in this organization.");
        }
        else if (rack.Id != 0 && rack.SiteId != siteId && await db.Devices.AnyAsync(d => d.RackId == rack.Id, ct))
        {
            errors.Add("siteId", "A rack with devices stays at its site; move the devices first.");
        }
        if (request.LocationId is { } locationId && !await db.Locations.AnyAsync(l => l.Id == locationId && l.SiteId == siteId, ct))
        {
            errors.Add("locationId", "The location must be in the rack's site.");
        }
        if (await db.Racks.AnyAsync(r => r.SiteId == siteId && r.Name == name && r.Id != rack.Id, ct))
        {
            errors.Add("name", $"The site already has a rack named '{name}'.");
        }
        if (request.HeightU is < 1 or > 60)
        {
            errors.Add("heightU", "A rack is 1 to 60 units high.");
        }
        else if (rack.Id != 0 && (await RackOccupancy.SlotsAsync(db, rack.Id, ct)).MaxBy(s => s.Top) is { } highest && highest.Top > request.HeightU)
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
