using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Network;

public static class VlanEndpoints
{
    private static readonly Keyset<Vlan> Paging = new Keyset<Vlan>(v => v.Id, "vid").Sortable("vid", v => v.Vid).Sortable("name", v => v.Name);

    private static readonly Expression<Func<Vlan, VlanDto>> ToDto = v => new VlanDto(v.Id, v.Vid, v.Name, v.GroupId, v.SiteId, v.Status, v.Description, v.Version);

    /// <summary>List filters: <c>groupId</c>, <c>siteId</c>, <c>vid</c>; <c>q</c> matches the name.</summary>
    public sealed record VlanFilter(long? GroupId = null, long? SiteId = null, int? Vid = null);

    public static void MapVlans(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Vlan, VlanRequest, VlanDto, VlanAdministration>("vlans", FindAsync, v => v.Version);
        var group = type.Map(inventory, "Inventory: VLANs", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (VlanRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, VlanRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<VlanDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] VlanFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var vlans = db.Vlans.AsNoTracking().Where(v => v.OrganizationId == access.OrganizationId);
        vlans = filter.GroupId is { } groupId ? vlans.Where(v => v.GroupId == groupId) : vlans;
        vlans = filter.SiteId is { } siteId ? vlans.Where(v => v.SiteId == siteId) : vlans;
        vlans = filter.Vid is { } vid ? vlans.Where(v => v.Vid == vid) : vlans;
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            vlans = vlans.Where(v => v.Name.ToUpper().Contains(q));
        }
        return TypedResults.Ok(await Paging.PageAsync(vlans, query, ToDto, ct));
    }

    public static Task<VlanDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Vlans.AsNoTracking().Where(v => v.Id == id && v.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
}
