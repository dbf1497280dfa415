using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>
/// Reads the tree one level at a time, so opening a VRF with thousands of prefixes costs what its top level costs;
/// and a filtered list a page at a time, by the API's filter and keyset.
/// </summary>
public static class PrefixTreeLoader
{
    public const int PageSize = 100;

    public static async Task<IReadOnlyList<PrefixRow>> TopAsync(UiScope scope, long vrfScope) =>
        [.. (await scope.Get<PrefixUsage>().TreeAsync(scope.Access.OrganizationId, vrfScope, null, 1, default)).Select(n => PrefixRow.Of(n, 0))];

    /// <summary>The children and free ranges of one prefix, one level below <paramref name="row"/>.</summary>
    public static async Task<IReadOnlyList<PrefixRow>> OpenAsync(UiScope scope, PrefixRow row)
    {
        var prefix = row.Node!.Prefix;
        var stored = await scope.Db.IpPrefixes.AsNoTracking().SingleAsync(p => p.Id == prefix.Id && p.OrganizationId == scope.Access.OrganizationId);
        var usage = scope.Get<PrefixUsage>();
        var children = await usage.TreeAsync(scope.Access.OrganizationId, stored.VrfScope, row.Block, 1, default);
        var free = await usage.FreeRangesAsync(stored, PrefixSpaceEndpoints.FreeRangeLimit, default);
        return [.. PrefixRow.Inside(prefix, row.Depth + 1, children, free)];
    }

    /// <summary>One page of the filtered list as rows at depth 0, each with its utilization and number of children like a tree node.</summary>
    public static async Task<(IReadOnlyList<PrefixRow> Rows, string? NextCursor)> ListAsync(UiScope scope, PrefixFilter filter, string? q, string? cursor)
    {
        var organizationId = scope.Access.OrganizationId;
        var page = await PrefixQueries.Paging.PageAsync(PrefixQueries.Filter(scope.Db, organizationId, filter, null, q),
            new ListQuery(PageSize, cursor), PrefixQueries.ToDto(scope.Db), default);
        var ids = page.Items.Select(p => p.Id).ToList();
        var stored = await scope.Db.IpPrefixes.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var usage = scope.Get<PrefixUsage>();
        var rows = new List<PrefixRow>(page.Items.Count);
        // A page's prefixes lie anywhere in the VRFs, so each one's use is read on its own: a hundred narrow reads.
        foreach (var prefix in page.Items)
        {
            var used = await usage.UtilizationAsync(stored[prefix.Id], default);
            rows.Add(PrefixRow.Of(new PrefixTreeNodeDto(prefix, 0, used.Utilization, used.ChildPrefixes), 0));
        }
        return (rows, page.NextCursor);
    }

    public static Task<List<VrfDto>> VrfsAsync(UiScope scope) =>
        scope.Db.Vrfs.AsNoTracking().Where(v => v.OrganizationId == scope.Access.OrganizationId).OrderBy(v => v.Name)
            .Select(v => new VrfDto(v.Id, v.Name, v.RouteDistinguisher, v.Description, v.Version)).ToListAsync();
}
