using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>Locations: a tree inside one site, without cycles.</summary>
public sealed class LocationAdministration(WatchkeeperDb db) : InventoryAdministration<Location, LocationRequest>(db)
{
    public override string Noun => "Location";

    protected override Location New(long organizationId) => new() { OrganizationId = organizationId, Name = "" };

    protected override async Task<string?> StillUsedAsync(Location location, CancellationToken ct) =>
        await HoldsAnythingAsync(location.Id, ct) ? $"'{location.Name}' still holds locations or racks. Move or delete them first." : null;

    private async Task<bool> HoldsAnythingAsync(long id, CancellationToken ct) =>
        await Db.Locations.AnyAsync(l => l.ParentId == id, ct) || await Db.Racks.AnyAsync(r => r.LocationId == id, ct);

    protected override async Task<OperationError?> ApplyAsync(Location location, LocationRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var siteId = request.SiteId ?? 0;
        var name = request.Name.Trim();
        if (!await Db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == location.OrganizationId, ct))
        {
            errors.Add("siteId", "No site with that id exists in this organization.");
        }
        else if (location.Id != 0 && location.SiteId != siteId && await HoldsAnythingAsync(location.Id, ct))
        {
            errors.Add("siteId", "A location that holds other locations or racks stays in its site; move them first.");
        }
        if (request.ParentId is { } parentId)
        {
            var siblings = await Db.Locations.AsNoTracking().Where(l => l.SiteId == siteId).ToDictionaryAsync(l => l.Id, l => l.ParentId, ct);
            if (!siblings.ContainsKey(parentId))
            {
                errors.Add("parentId", "The parent must be a location of the same site.");
            }
            else if (LocationTree.WouldCycle(location.Id, parentId, siblings))
            {
                errors.Add("parentId", "A location cannot be inside itself or inside one of its own sub-locations.");
            }
        }
        if (await Db.Locations.AnyAsync(l => l.SiteId == siteId && l.ParentId == request.ParentId && l.Name == name && l.Id != location.Id, ct))
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
