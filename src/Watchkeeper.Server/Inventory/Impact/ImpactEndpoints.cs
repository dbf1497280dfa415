using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Impact;

/// <summary>Impact analysis, dependency walks and single points of failure over the organization's graph.</summary>
public static class ImpactEndpoints
{
    private const int MaxDepth = 50;

    /// <summary>Affected items listed when the request names no limit: a core switch reaches thousands, and a page of them is what a person reads.</summary>
    public const int DefaultListed = 1000;

    public const int MaxListed = 100_000;

    public static void MapImpact(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/").WithTags("Inventory: impact");
        group.MapGet("/items/{id:long}/impact", ImpactOfOneAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/impact", ImpactOfManyAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/items/{id:long}/upstream", (long id, int? depth, CurrentAccess current, DependencyGraphCache graphs, WatchkeeperDb db, CancellationToken ct) =>
            WalkAsync(id, depth, (walk, start, d) => walk.Upstream([start], d), current, graphs, db, ct)).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/items/{id:long}/downstream", (long id, int? depth, CurrentAccess current, DependencyGraphCache graphs, WatchkeeperDb db, CancellationToken ct) =>
            WalkAsync(id, depth, (walk, start, d) => walk.Downstream([start], d), current, graphs, db, ct)).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/single-points-of-failure", SinglePointsOfFailureAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<ImpactDto>, ValidationProblem, ProblemHttpResult>> ImpactOfOneAsync(long id, int? limit, CurrentAccess current, DependencyGraphCache graphs, WatchkeeperDb db, CancellationToken ct)
    {
        if (limit is < 1 or > MaxListed)
        {
            return LimitProblem();
        }
        var graph = await LoadAsync(current, graphs, db, ct);
        return graph.Find(id) is null ? Problems.NotFound("Configuration item") : TypedResults.Ok(new ImpactAnalysis(graph).Analyze([id], limit ?? DefaultListed));
    }

    private static async Task<Results<Ok<ImpactDto>, ValidationProblem>> ImpactOfManyAsync(ImpactRequest request, int? limit, CurrentAccess current, DependencyGraphCache graphs, WatchkeeperDb db, CancellationToken ct)
    {
        if (limit is < 1 or > MaxListed)
        {
            return LimitProblem();
        }
        var graph = await LoadAsync(current, graphs, db, ct);
        var ids = request.ItemIds ?? [];
        if (ids.Count == 0)
        {
            return Problems.Field("itemIds", "Name at least one failed item.");
        }
        var unknown = ids.Where(id => graph.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            return Problems.Field("itemIds", $"No configuration item with id {string.Join(", ", unknown)} exists in this organization.");
        }
        return TypedResults.Ok(new ImpactAnalysis(graph).Analyze(ids, limit ?? DefaultListed));
    }

    private static ValidationProblem LimitProblem() => Problems.Field("limit", $"List 1 to {MaxListed} affected items (default {DefaultListed}); the counts and business services are always whole.");

    private static async Task<Results<Ok<IReadOnlyList<WalkStepDto>>, ValidationProblem, ProblemHttpResult>> WalkAsync(
        long id, int? depth, Func<DependencyWalk, long, int, IReadOnlyList<WalkStepDto>> walk, CurrentAccess current, DependencyGraphCache graphs, WatchkeeperDb db, CancellationToken ct)
    {
        if (depth is < 1 or > MaxDepth)
        {
            return Problems.Field("depth", $"Use a depth of 1 to {MaxDepth}.");
        }
        var graph = await LoadAsync(current, graphs, db, ct);
        if (graph.Find(id) is null)
        {
            return Problems.NotFound("Configuration item");
        }
        return TypedResults.Ok(walk(new DependencyWalk(graph), id, depth ?? 3));
    }

    private static async Task<Ok<IReadOnlyList<SinglePointOfFailureDto>>> SinglePointsOfFailureAsync(CurrentAccess current, DependencyGraphCache graphs, WatchkeeperDb db, CancellationToken ct) =>
        TypedResults.Ok(new ImpactAnalysis(await LoadAsync(current, graphs, db, ct)).SinglePointsOfFailure());

    private static async Task<DependencyGraph> LoadAsync(CurrentAccess current, DependencyGraphCache graphs, WatchkeeperDb db, CancellationToken ct) =>
        await graphs.GetAsync(db, (await current.RequireAsync(ct)).OrganizationId, ct);
}
