using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>The global search across configuration items (docs/inventory.md, "Search").</summary>
public static class SearchEndpoints
{
    public static void MapInventorySearch(this IEndpointRouteBuilder inventory) =>
        inventory.MapGet("/search", SearchAsync).WithTags("Inventory: search").RequirePermission(Permissions.InventoryRead);

    private static async Task<Results<Ok<IReadOnlyList<SearchHitDto>>, ValidationProblem>> SearchAsync(
        string? q, int? limit, CurrentAccess current, WatchkeeperDb db, InventorySearch search, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length > SearchTerm.MaxLength)
        {
            return Problems.Field("q", $"Type 1 to {SearchTerm.MaxLength} characters to search for.");
        }
        if (limit is < 1 or > InventorySearch.MaxLimit)
        {
            return Problems.Field("limit", $"Use a limit of 1 to {InventorySearch.MaxLimit}.");
        }
        var term = SearchTerm.Parse(q);
        if (term.Text.Length == 0)
        {
            return Problems.Field("q", "Name the tag after 'tag:'.");
        }
        var organizationId = (await current.RequireAsync(ct)).OrganizationId;
        return TypedResults.Ok(await search.FindAsync(db, organizationId, term, limit ?? InventorySearch.DefaultLimit, ct));
    }
}
