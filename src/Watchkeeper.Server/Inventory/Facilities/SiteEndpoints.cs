using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Facilities;

public static class SiteEndpoints
{
    private static readonly Keyset<Site> Paging = new Keyset<Site>(s => s.Id, "name").Sortable("name", s => s.Name);

    public static Expression<Func<Site, SiteDto>> ToDto(WatchkeeperDb db) => s => new SiteDto(
        s.Id, s.Name, s.Address, s.TimeZone, s.Latitude, s.Longitude, s.Contacts, s.Description,
        db.Racks.Count(r => r.SiteId == s.Id), db.Devices.Count(d => d.SiteId == s.Id), s.Version);

    public static void MapSites(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Site, SiteRequest, SiteDto, SiteAdministration>("sites", FindAsync, s => s.Version);
        var group = type.Map(inventory, "Inventory: sites", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (SiteRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, SiteRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<SiteDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var sites = db.Sites.AsNoTracking().Where(s => s.OrganizationId == access.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            sites = sites.Where(s => s.Name.ToUpper().Contains(q));
        }
        return TypedResults.Ok(await Paging.PageAsync(sites, query, ToDto(db), ct));
    }

    public static Task<SiteDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Sites.AsNoTracking().Where(s => s.Id == id && s.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);
}
