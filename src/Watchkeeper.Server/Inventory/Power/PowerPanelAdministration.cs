using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>Power panels: at a site, optionally in one of its locations, named once per site.</summary>
public sealed class PowerPanelAdministration(WatchkeeperDb db) : InventoryAdministration<PowerPanel, PowerPanelRequest>(db)
{
    public override string Noun => "Power panel";

    protected override PowerPanel New(long organizationId) => new() { OrganizationId = organizationId, Name = "" };

    protected override async Task<string?> StillUsedAsync(PowerPanel panel, CancellationToken ct) =>
        await Db.PowerFeeds.CountAsync(f => f.PanelId == panel.Id, ct) is > 0 and var feeds
            ? $"Panel '{panel.Name}' still has {feeds} feed(s). Delete them first."
            : null;

    protected override async Task<OperationError?> ApplyAsync(PowerPanel panel, PowerPanelRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var siteId = request.SiteId ?? 0;
        var name = request.Name.Trim();
        if (!await Db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == panel.OrganizationId, ct))
        {
            errors.Add("siteId", "No site with that id exists in this organization.");
        }
        else if (panel.Id != 0 && panel.SiteId != siteId && await Db.PowerFeeds.AnyAsync(f => f.PanelId == panel.Id, ct))
        {
            // Its feeds serve racks and devices at the old site; moving the panel would leave them wired across sites.
            errors.Add("siteId", "A panel with feeds stays at its site; delete its feeds first.");
        }
        if (request.LocationId is { } locationId && !await Db.Locations.AnyAsync(l => l.Id == locationId && l.SiteId == siteId, ct))
        {
            errors.Add("locationId", "The location must be in the panel's site.");
        }
        if (name.Length == 0)
        {
            errors.Add("name", "Name the panel.");
        }
        else if (await Db.PowerPanels.AnyAsync(p => p.SiteId == siteId && p.Name == name && p.Id != panel.Id, ct))
        {
            errors.Add("name", $"The site already has a panel named '{name}'.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        panel.SiteId = siteId;
        panel.LocationId = request.LocationId;
        panel.Name = name;
        panel.Notes = InventoryText.Optional(request.Notes);
        return null;
    }
}
