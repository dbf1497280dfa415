using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Sites, by name.</summary>
public sealed class SiteTransfer : TransferType<Site, SiteRequest, SiteAdministration>
{
    public override string Name => "sites";

    public override IReadOnlyList<string[]> Keys { get; } = [["name"]];

    public override IQueryable<Site> Rows(WatchkeeperDb db, long organizationId) => db.Sites.Where(s => s.OrganizationId == organizationId);

    public override Task<IQueryable<Site>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var filter = ListFilters.Site(request.Query, errors);
        return Task.FromResult(errors.Any ? null : SiteQueries.Filter(db, organizationId, filter, request.Query["q"]));
    }

    public override SiteRequest ToRequest(Site s) => new(s.Name, s.TimeZone, s.Address, s.Latitude, s.Longitude, s.Contacts, s.Description);
}
