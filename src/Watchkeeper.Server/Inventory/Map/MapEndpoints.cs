using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Map;

/// <summary>The dependency map around an item: nodes and edges; the UI lays them out with <see cref="MapLayout"/>.</summary>
public static class MapEndpoints
{
    public const int DefaultDepth = 2;

    public static void MapDependencyMap(this IEndpointRouteBuilder inventory) =>
        inventory.MapGet("/items/{id:long}/map", MapAsync).WithTags("Inventory: impact").RequirePermission(Permissions.InventoryRead);

    private static async Task<Results<Ok<DependencyMapDto>, ValidationProblem, ProblemHttpResult>> MapAsync(
        long id, int? depth, string? types, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (depth is < 1 or > DependencyMapLoader.MaxDepth)
        {
            return Problems.Field("depth", $"Use a depth of 1 to {DependencyMapLoader.MaxDepth}.");
        }
        var (chosen, error) = ParseTypes(types);
        if (error is not null)
        {
            return Problems.Field("types", error);
        }
        var map = await DependencyMapLoader.LoadAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, depth ?? DefaultDepth, chosen, ct);
        return map is null ? Problems.NotFound("Configuration item") : TypedResults.Ok(map);
    }

    /// <summary>A comma-separated list of relationship types; none means all of them.</summary>
    public static (IReadOnlyList<RelationshipType> Types, string? Error) ParseTypes(string? text)
    {
        var names = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            return (Enum.GetValues<RelationshipType>(), null);
        }
        var unknown = names.Where(n => !Enum.TryParse<RelationshipType>(n, ignoreCase: true, out var t) || !Enum.IsDefined(t)).ToList();
        return unknown.Count > 0
            ? ([], $"'{string.Join("', '", unknown)}' is not a relationship type; use {string.Join(", ", Enum.GetNames<RelationshipType>())}.")
            : ([.. names.Select(n => Enum.Parse<RelationshipType>(n, ignoreCase: true)).Distinct()], null);
    }
}
