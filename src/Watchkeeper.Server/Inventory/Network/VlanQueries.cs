using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>How VLANs are read and filtered, by the API, the export and the pages alike.</summary>
public static class VlanQueries
{
    public static readonly Keyset<Vlan> Paging = new Keyset<Vlan>(v => v.Id, "vid").Sortable("vid", v => v.Vid).Sortable("name", v => v.Name);

    public static readonly Expression<Func<Vlan, VlanDto>> ToDto = v => new VlanDto(v.Id, v.Vid, v.Name, v.GroupId, v.SiteId, v.Status, v.Description, v.Version);

    /// <summary><c>q</c> matches the name anywhere, case-insensitively; a number also matches that VLAN id, which is what people type.</summary>
    public static IQueryable<Vlan> Filter(WatchkeeperDb db, long organizationId, VlanFilter filter, string? q)
    {
        var vlans = db.Vlans.AsNoTracking().Where(v => v.OrganizationId == organizationId);
        vlans = filter.GroupId is { } groupId ? vlans.Where(v => v.GroupId == groupId) : vlans;
        vlans = filter.SiteId is { } siteId ? vlans.Where(v => v.SiteId == siteId) : vlans;
        vlans = filter.Vid is { } vid ? vlans.Where(v => v.Vid == vid) : vlans;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            vlans = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? vlans.Where(v => v.Vid == number || v.Name.ToUpper().Contains(text))
                : vlans.Where(v => v.Name.ToUpper().Contains(text));
        }
        return vlans;
    }
}
