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

    private static async Task<Results<Ok<ImpactDto>, ProblemHttpResult>> ImpactOfOneAsync(long id, CurrentAccess current, DependencyGraphCache graphs, WatchkeeperDb db, CancellationToken ct)
    {
        var graph = await LoadAsync(current, graphs, db, ct);
        return graph.Find(id) is null ? Problems.NotFound("Configuration item") : TypedResults.Ok(new ImpactAnalysis(graph).Analyze([id]));
    }

    private static async Task<Results<Ok<ImpactDto>, ValidationProblem>> ImpactOfManyAsync(ImpactRequest request, CurrentAccess current, DependencyGraphCache graphs, WatchkeeperDb db, CancellationToken ct)
    {
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
        return TypedResults.Ok(new ImpactAnalysis(graph).Analyze(ids));
    }

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
