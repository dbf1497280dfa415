using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>Power feeds: a circuit of a panel, named once per panel, serving at most one rack of the panel's site.</summary>
public sealed class PowerFeedAdministration(WatchkeeperDb db) : InventoryAdministration<PowerFeed, PowerFeedRequest>(db)
{
    public override string Noun => "Power feed";

    protected override PowerFeed New(long organizationId) => new() { OrganizationId = organizationId, Name = "" };

    protected override async Task<string?> StillUsedAsync(PowerFeed feed, CancellationToken ct) =>
        await Db.PowerConnections.CountAsync(c => c.FeedId == feed.Id, ct) is > 0 and var cords
            ? $"Feed '{feed.Name}' still powers {cords} connection(s). Move or delete them first."
            : null;

    protected override async Task<OperationError?> ApplyAsync(PowerFeed feed, PowerFeedRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var panelId = request.PanelId ?? 0;
        var name = request.Name.Trim();
        var siteId = await Db.PowerPanels.Where(p => p.Id == panelId && p.OrganizationId == feed.OrganizationId).Select(p => (long?)p.SiteId).SingleOrDefaultAsync(ct);
        if (siteId is null)
        {
            errors.Add("panelId", "No power panel with that id exists in this organization.");
        }
        if (name.Length == 0)
        {
            errors.Add("name", "Name the feed.");
        }
        else if (await Db.PowerFeeds.AnyAsync(f => f.PanelId == panelId && f.Name == name && f.Id != feed.Id, ct))
        {
            errors.Add("name", $"The panel already has a feed named '{name}'.");
        }
        if (request.RackId is { } rackId && siteId is not null && !await Db.Racks.AnyAsync(r => r.Id == rackId && r.SiteId == siteId, ct))
        {
            errors.Add("rackId", "The rack must be at the panel's site.");
        }
        CheckRatings(request, errors);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        Apply(feed, request with { PanelId = panelId, Name = name });
        return null;
    }

    private static void CheckRatings(PowerFeedRequest request, FieldErrors errors)
    {
        if (request.Voltage is < 1 or > 1000)
        {
            errors.Add("voltage", "Use 1 to 1000 volts.");
        }
        if (request.Amperage is < 1 or > 1000)
        {
            errors.Add("amperage", "Use 1 to 1000 amperes.");
        }
        if (request.MaxUtilizationPercent is < 1 or > 100)
        {
            errors.Add("maxUtilizationPercent", "Use 1 to 100 percent of the rating (80 is the usual continuous-load limit).");
        }
        if (request.Supply == PowerSupply.Dc && request.Phase == PowerPhase.ThreePhase)
        {
            errors.Add("phase", "A DC feed has no phases; use single.");
        }
    }

    private static void Apply(PowerFeed feed, PowerFeedRequest request)
    {
        feed.PanelId = request.PanelId!.Value;
        feed.Name = request.Name;
        feed.Status = request.Status;
        feed.Type = request.Type;
        feed.Supply = request.Supply;
        feed.Phase = request.Phase;
        feed.Voltage = request.Voltage;
        feed.Amperage = request.Amperage;
        feed.MaxUtilizationPercent = request.MaxUtilizationPercent;
        feed.RackId = request.RackId;
        feed.Notes = InventoryText.Optional(request.Notes);
    }
}
