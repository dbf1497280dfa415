using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.CustomFields;

public static class CustomFieldEndpoints
{
    public static readonly Keyset<CustomField> Paging = new Keyset<CustomField>(f => f.Id, "key").Sortable("key", f => f.Key);

    public static readonly Expression<Func<CustomField, CustomFieldDto>> ToDto = f => new CustomFieldDto(
        f.Id, f.ItemKind, f.Key, f.Label, f.Kind, f.Required, f.HelpText, f.Choices, f.Version);

    public static void MapCustomFields(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<CustomField, CustomFieldRequest, CustomFieldDto, CustomFieldAdministration>("custom-fields", FindAsync, f => f.Version);
        var group = type.Map(inventory, "Inventory: custom fields");
        group.MapPost("/", (CustomFieldRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", (long id, CustomFieldRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<CustomFieldDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] CustomFieldFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await Paging.PageAsync(Of(db, access.OrganizationId, filter.ItemKind), query, ToDto, ct));
    }

    public static IQueryable<CustomField> Of(WatchkeeperDb db, long organizationId, CiKind? kind) =>
        db.CustomFields.AsNoTracking().Where(f => f.OrganizationId == organizationId && (kind == null || f.ItemKind == kind));

    public static Task<CustomFieldDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.CustomFields.AsNoTracking().Where(f => f.Id == id && f.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
}
