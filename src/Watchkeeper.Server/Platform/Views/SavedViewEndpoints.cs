using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Views;

public static class SavedViewEndpoints
{
    public static Expression<Func<SavedView, SavedViewDto>> ToDto(long? callerId) => v => new SavedViewDto(
        v.Id, v.Page, v.Name, v.Query, SavedView.ColumnsOf(v.ColumnList), v.Sort, v.Shared, v.Default,
        new UserRef(v.Owner.Id, v.Owner.DisplayName, v.Owner.Email!), v.OwnerUserId == callerId, v.CreatedAt, v.UpdatedAt, v.Version);

    // Only inventory lists keep views today; a module that adds lists adds its page keys and their read permission.
    public static void MapViews(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/views").WithTags("Saved views");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryRead);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<List<SavedViewDto>>, ValidationProblem>> ListAsync(string? page, CurrentAccess current, SavedViewRules rules, CancellationToken ct)
    {
        if (page is null || !ViewPages.Known.Contains(page))
        {
            return Problems.Field("page", $"Name a list page: {string.Join(", ", ViewPages.Known.Order())}.");
        }
        var access = await current.RequireAsync(ct);
        var views = await rules.Visible(access, page).OrderBy(v => v.Name).Select(ToDto(access.UserId)).ToListAsync(ct);
        return TypedResults.Ok(views);
    }

    private static async Task<Results<Ok<SavedViewDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var view = await FindAsync(db, access, id, ct);
        if (view is null)
        {
            return Problems.NotFound("View");
        }
        http.Response.Headers.ETag = ETags.Of(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Created<SavedViewDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SavedViewRequest request, CurrentAccess current, SavedViewRules rules, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var created = await rules.CreateAsync(access, request, ct);
        if (created.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        var dto = (await FindAsync(db, access, created.Value!.Id, ct))!;
        return TypedResults.Created($"/api/v1/views/{dto.Id}", dto);
    }

    private static async Task<Results<Ok<SavedViewDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, SavedViewRequest request, HttpContext http, CurrentAccess current, SavedViewRules rules, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await rules.UpdateAsync(access, id, request, view => ETags.Matches(http, view), ct);
        if (updated.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        var dto = (await FindAsync(db, access, id, ct))!;
        http.Response.Headers.ETag = ETags.Of(dto.Version);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, SavedViewRules rules, CancellationToken ct)
    {
        var deleted = await rules.DeleteAsync(await current.RequireAsync(ct), id, ct);
        return deleted.Error is { } error ? Problems.Of(error) : TypedResults.NoContent();
    }

    private static Task<SavedViewDto?> FindAsync(WatchkeeperDb db, Access access, long id, CancellationToken ct) =>
        db.SavedViews.AsNoTracking()
            .Where(v => v.Id == id && v.OrganizationId == access.OrganizationId && (v.OwnerUserId == access.UserId || v.Shared))
            .Select(ToDto(access.UserId)).SingleOrDefaultAsync(ct);
}
