using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Discovery.Runs;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Discovery;

/// <summary>Runs of discovery jobs: started and cancelled with inventory.import, read with inventory.read.</summary>
public static class DiscoveryRunEndpoints
{
    private static readonly Keyset<DiscoveryRun> Paging = new(r => r.Id, "-id");

    public static void MapDiscoveryRuns(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/discovery").WithTags("Inventory: discovery");
        group.MapPost("/jobs/{id:long}/runs", StartAsync).RequirePermission(Permissions.InventoryImport);
        group.MapGet("/jobs/{id:long}/runs", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/runs/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/runs/{id:long}/cancel", CancelAsync).RequirePermission(Permissions.InventoryImport);
    }

    private static async Task<Results<Accepted<DiscoveryRunDto>, ProblemHttpResult>> StartAsync(long id, CurrentAccess current, DiscoveryRunStarter starter, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var started = await starter.StartAsync(access.OrganizationId, id, scheduled: false, ct);
        return started.Error is { } error ? Problems.Of(error) : TypedResults.Accepted($"/api/v1/inventory/discovery/runs/{started.Value!.Id}", started.Value.ToDto());
    }

    private static async Task<Results<Ok<Page<DiscoveryRunDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        long id, [AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        if (!await db.DiscoveryJobs.AnyAsync(j => j.Id == id && j.OrganizationId == access.OrganizationId, ct))
        {
            return Problems.NotFound("Discovery job");
        }
        var runs = db.DiscoveryRuns.AsNoTracking().Where(r => r.JobId == id && r.OrganizationId == access.OrganizationId);
        return TypedResults.Ok(await Paging.PageAsync(runs, query, r => r.ToDto(), ct));
    }

    private static async Task<Results<Ok<DiscoveryRunDto>, ProblemHttpResult>> GetAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var run = await db.DiscoveryRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.OrganizationId == access.OrganizationId, ct);
        return run is null ? Problems.NotFound("Discovery run") : TypedResults.Ok(run.ToDto());
    }

    private static async Task<Results<Ok<DiscoveryRunDto>, ProblemHttpResult>> CancelAsync(long id, CurrentAccess current, DiscoveryRunStarter starter, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var cancelled = await starter.CancelAsync(access.OrganizationId, id, ct);
        return cancelled.Error is { } error ? Problems.Of(error) : TypedResults.Ok(cancelled.Value!.ToDto());
    }
}
