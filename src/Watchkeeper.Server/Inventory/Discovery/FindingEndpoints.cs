using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Discovery.Findings;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Discovery;

/// <summary>The review queue: read with inventory.read, decided with inventory.import.</summary>
public static class FindingEndpoints
{
    public static void MapDiscoveryFindings(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/discovery/findings").WithTags("Inventory: discovery");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/{id:long}/accept", (long id, AcceptFindingRequest request, CurrentAccess current, FindingReview review, WatchkeeperDb db, CancellationToken ct) =>
            DecideAsync(id, current, db, (a, c) => review.AcceptAsync(a, id, request, c), ct)).RequirePermission(Permissions.InventoryImport);
        group.MapPost("/{id:long}/reject", (long id, CurrentAccess current, FindingReview review, WatchkeeperDb db, CancellationToken ct) =>
            DecideAsync(id, current, db, (a, c) => review.RejectAsync(a, id, c), ct)).RequirePermission(Permissions.InventoryImport);
        group.MapPost("/{id:long}/ignore", (long id, CurrentAccess current, FindingReview review, WatchkeeperDb db, CancellationToken ct) =>
            DecideAsync(id, current, db, (a, c) => review.IgnoreAsync(a, id, c), ct)).RequirePermission(Permissions.InventoryImport);
        group.MapPost("/{id:long}/unignore", (long id, CurrentAccess current, FindingReview review, WatchkeeperDb db, CancellationToken ct) =>
            DecideAsync(id, current, db, (a, c) => review.UnignoreAsync(a, id, c), ct)).RequirePermission(Permissions.InventoryImport);
    }

    private static async Task<Results<Ok<Page<DiscoveryFindingDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] FindingFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (FindingQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await FindingQueries.PageAsync(db, FindingQueries.Filter(db, access.OrganizationId, filter), query, ct));
    }

    private static async Task<Results<Ok<DiscoveryFindingDto>, ProblemHttpResult>> GetAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await FindingQueries.FindAsync(db, access.OrganizationId, id, ct) is { } finding ? TypedResults.Ok(finding) : Problems.NotFound("Finding");
    }

    private static async Task<Results<Ok<DiscoveryFindingDto>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        long id, CurrentAccess current, WatchkeeperDb db, Func<Access, CancellationToken, Task<Outcome<DiscoveryFinding>>> decide, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var outcome = await decide(access, ct);
        if (outcome.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        return TypedResults.Ok((await FindingQueries.FindAsync(db, access.OrganizationId, id, ct))!);
    }
}
