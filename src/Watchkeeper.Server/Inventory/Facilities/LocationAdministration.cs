using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>Locations: a tree inside one site, without cycles.</summary>
public sealed class LocationAdministration(WatchkeeperDb db)
{
    public async Task<Outcome<Location>> CreateAsync(Access access, LocationRequest request, CancellationToken ct)
    {
        var location = new Location { OrganizationId = access.OrganizationId, Name = "" };
        if (await ApplyAsync(location, request, ct) is { } error)
        {
            return error;
        }
        db.Locations.Add(location);
        await db.SaveChangesAsync(ct);
        return location;
    }

    public async Task<Outcome<Location>> UpdateAsync(Access access, long id, LocationRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == id && l.OrganizationId == access.OrganizationId, ct);
        if (location is null)
        {
            return OperationError.NotFound("Location");
        }
        if (!matches(location))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(location, request, ct) is { } error)
        {
            return error;
        }
        await db.SaveChangesAsync(ct);
        return location;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == id && l.OrganizationId == access.OrganizationId, ct);
        if (location is null)
        {
            return OperationError.NotFound("Location");
        }
        if (await HoldsAnythingAsync(id, ct))
        {
            return OperationError.Conflict($"'{location.Name}' still holds locations or racks. Move or delete them first.");
        }
        db.Locations.Remove(location);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<bool> HoldsAnythingAsync(long id, CancellationToken ct) =>
        await db.Locations.AnyAsync(l => l.ParentId == id, ct) || await db.Racks.AnyAsync(r => r.LocationId == id, ct);

    private async Task<OperationError?> ApplyAsync(Location location, LocationRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var siteId = request.SiteId ?? 0;
        var name = request.Name.Trim();
        if (!await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == location.OrganizationId, ct))
        {
            errors.Add("siteId", "No site with that id exists in this organization.");
        }
        else if (location.Id != 0 && location.SiteId != siteId && await HoldsAnythingAsync(location.Id, ct))
        {
            errors.Add("siteId", "A location that holds other locations or racks stays in its site; move them first.");
        }
        if (request.ParentId is { } parentId)
        {
            var siblings = await db.Locations.AsNoTracking().Where(l => l.SiteId == siteId).ToDictionaryAsync(l => l.Id, l => l.ParentId, ct);
            if (!siblings.ContainsKey(parentId))
            {
                errors.Add("parentId", "The parent must be a location of the same site.");
            }
            else if (LocationTree.WouldCycle(location.Id, parentId, siblings))
            {
                errors.Add("parentId", "A location cannot be inside itself or inside one of its own sub-locations.");
            }
        }
        if (await db.Locations.AnyAsync(l => l.SiteId == siteId && l.ParentId == request.ParentId && l.Name == name && l.Id != location.Id, ct))
        {
            errors.Add("name", $"'{name}' already exists at that place in the site.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        location.SiteId = siteId;
        location.ParentId = request.ParentId;
        location.Name = name;
        location.Kind = request.Kind;
        location.Description = InventoryText.Optional(request.Description);
        return null;
    }
}
