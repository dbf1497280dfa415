using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network.Cabling;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>
/// Devices by the MAC addresses of their interfaces. A whole MAC matches in any vendor's spelling
/// (<c>00-1A-2B-3C-4D-5E</c>, <c>001a.2b3c.4d5e</c>) because it is compared in the stored form.
/// </summary>
public sealed class MacAddressSource : SearchSource
{
    public override string Field => "macAddress";

    public override bool Applies(SearchTerm term) =>
        term.TagOnly is null && term.Text.All(c => char.IsAsciiHexDigit(c) || c is ':' or '-' or '.');

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.Interfaces.Where(i => i.OrganizationId == organizationId && i.MacAddress != null)
            .Select(i => new SearchRow { ItemId = i.DeviceId, Value = i.MacAddress! });

    public override IQueryable<SearchRow> Exact(WatchkeeperDb db, long organizationId, SearchTerm term)
    {
        var (mac, _) = MacAddress.Normalize(term.Text);
        return Rows(db, organizationId).Where(r => r.Value == mac);
    }
}
