using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>Reads the tree one level at a time, so opening a VRF with thousands of prefixes costs what its top level costs.</summary>
public static class PrefixTreeLoader
{
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

    public static Task<List<VrfDto>> VrfsAsync(UiScope scope) =>
        scope.Db.Vrfs.AsNoTracking().Where(v => v.OrganizationId == scope.Access.OrganizationId).OrderBy(v => v.Name)
            .Select(v => new VrfDto(v.Id, v.Name, v.RouteDistinguisher, v.Description, v.Version)).ToListAsync();
}
