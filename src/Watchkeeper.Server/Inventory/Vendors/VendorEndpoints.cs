using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Vendors;

public static class VendorEndpoints
{
    public static readonly Keyset<Vendor> Paging = new Keyset<Vendor>(v => v.Id, "name").Sortable("name", v => v.Name);

    public static Expression<Func<Vendor, VendorDto>> ToDto(WatchkeeperDb db) => v => new VendorDto(
        v.Id, v.Name, v.Website, v.SupportPhone, v.SupportEmail, v.AccountNumber, v.Notes,
        db.Contracts.Count(c => c.VendorId == v.Id), v.Version);

    public static void MapVendors(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Vendor, VendorRequest, VendorDto, VendorAdministration>("vendors", FindAsync, v => v.Version);
        var group = type.Map(inventory, "Inventory: vendors");
        group.MapPost("/", (VendorRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", (long id, VendorRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<VendorDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await Paging.PageAsync(Filter(db, access.OrganizationId, query.Q), query, ToDto(db), ct));
    }

    public static IQueryable<Vendor> Filter(WatchkeeperDb db, long organizationId, string? q)
    {
        var vendors = db.Vendors.AsNoTracking().Where(v => v.OrganizationId == organizationId);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            vendors = vendors.Where(v => v.Name.ToUpper().Contains(text));
        }
        return vendors;
    }

    public static Task<VendorDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Vendors.AsNoTracking().Where(v => v.Id == id && v.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);
}
