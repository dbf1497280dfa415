using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>Sites: the rules shared by the API and the pages.</summary>
public sealed class SiteAdministration(WatchkeeperDb db) : InventoryAdministration<Site, SiteRequest>(db)
{
    public override string Noun => "Site";

    protected override Site New(long organizationId) => new() { OrganizationId = organizationId, Name = "", TimeZone = "UTC" };

    /// <summary>Only an empty site goes: its racks, locations and devices are moved or deleted first, each on the record.</summary>
    protected override async Task<string?> StillUsedAsync(Site site, CancellationToken ct)
    {
        var devices = await Db.Devices.CountAsync(d => d.SiteId == site.Id, ct);
        var racks = await Db.Racks.CountAsync(r => r.SiteId == site.Id, ct);
        var locations = await Db.Locations.CountAsync(l => l.SiteId == site.Id, ct);
        var panels = await Db.PowerPanels.CountAsync(p => p.SiteId == site.Id, ct);
        return devices + racks + locations + panels > 0
            ? $"The site still holds {devices} device(s), {racks} rack(s), {locations} location(s) and {panels} power panel(s). Move or delete them first."
            : null;
    }

    protected override async Task<OperationError?> ApplyAsync(Site site, SiteRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        if (await Db.Sites.AnyAsync(s => s.OrganizationId == site.OrganizationId && s.Name == name && s.Id != site.Id, ct))
        {
            errors.Add("name", $"A site named '{name}' already exists.");
        }
        var timeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? "UTC" : request.TimeZone.Trim();
        if (!SiteQueries.IsTimeZone(timeZone))
        {
            errors.Add("timeZone", SiteQueries.NotATimeZone(timeZone));
        }
        CheckCoordinates(request, errors);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        site.Name = name;
        site.TimeZone = timeZone;
        site.Address = InventoryText.Optional(request.Address);
        site.Latitude = request.Latitude;
        site.Longitude = request.Longitude;
        site.Contacts = InventoryText.Optional(request.Contacts);
        site.Description = InventoryText.Optional(request.Description);
        return null;
    }

    private static void CheckCoordinates(SiteRequest request, FieldErrors errors)
    {
        if (request.Latitude is null != request.Longitude is null)
        {
            errors.Add(request.Latitude is null ? "latitude" : "longitude", "Give both latitude and longitude, or neither.");
        }
        if (request.Latitude is < -90 or > 90 || request.Latitude is double.NaN)
        {
            errors.Add("latitude", "Latitude is between -90 and 90 degrees.");
        }
        if (request.Longitude is < -180 or > 180 || request.Longitude is double.NaN)
        {
            errors.Add("longitude", "Longitude is between -180 and 180 degrees.");
        }
    }
}
