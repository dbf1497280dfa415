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
        var group = inventory.MapGroup("/sites").WithTags("Inventory: sites");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
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

    private static async Task<Results<Ok<SiteDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "Site", s => s.Version);

    private static async Task<Results<Created<SiteDto>, ValidationProblem>> CreateAsync(SiteRequest request, CurrentAccess current, SiteAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "sites", s => s.Id,
            async id => (await FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<SiteDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, SiteRequest request, HttpContext http, CurrentAccess current, SiteAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, s => ETags.Matches(http, s), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await FindAsync(db, access.OrganizationId, i, ct))!, s => s.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, SiteAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}
