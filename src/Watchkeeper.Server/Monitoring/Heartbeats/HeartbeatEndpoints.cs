using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Monitoring.Heartbeats;

/// <summary>A heartbeat check's ping URLs, for whoever may read the check, and a new token, for whoever may change it.</summary>
public static class HeartbeatEndpoints
{
    public static void MapHeartbeats(this IEndpointRouteBuilder monitoring)
    {
        var group = monitoring.MapGroup("/checks/{id:long}/heartbeat").WithTags("Monitoring: checks");
        group.MapGet("/", ShowAsync).RequirePermission(Permissions.MonitoringRead);
        group.MapPost("/rotate", RotateAsync).RequirePermission(Permissions.MonitoringWrite);
    }

    private static async Task<Results<Ok<HeartbeatDto>, ProblemHttpResult>> ShowAsync(long id, CurrentAccess current, WatchkeeperDb db, HeartbeatTokens tokens, CancellationToken ct)
    {
        var check = await FindAsync(id, current, db, ct);
        return check?.Heartbeat is { } heartbeat ? TypedResults.Ok(await tokens.ShowAsync(check, heartbeat, ct)) : NotAHeartbeat(check);
    }

    private static async Task<Results<Ok<HeartbeatDto>, ProblemHttpResult>> RotateAsync(long id, CurrentAccess current, WatchkeeperDb db, HeartbeatTokens tokens, CancellationToken ct)
    {
        var check = await FindAsync(id, current, db, ct);
        if (check?.Heartbeat is not { } heartbeat)
        {
            return NotAHeartbeat(check);
        }
        await tokens.RotateAsync(check, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await tokens.ShowAsync(check, heartbeat, ct));
    }

    private static async Task<Check?> FindAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await db.Checks.Include(c => c.Status).Include(c => c.Heartbeat).SingleOrDefaultAsync(c => c.Id == id && c.OrganizationId == access.OrganizationId, ct);
    }

    private static ProblemHttpResult NotAHeartbeat(Check? check) => check is null
        ? Problems.NotFound("Check")
        : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not a heartbeat check", detail: $"'{check.Name}' is a {check.Kind} check; only heartbeat checks have ping URLs.");
}
