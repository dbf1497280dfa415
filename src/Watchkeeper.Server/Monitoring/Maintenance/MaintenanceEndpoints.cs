using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Monitoring.Maintenance;

public static class MaintenanceEndpoints
{
    private const int MostOccurrences = 100;

    public static void MapMaintenance(this IEndpointRouteBuilder monitoring)
    {
        var (calendar, clock) = (monitoring.ServiceProvider.GetRequiredService<MaintenanceCalendar>(), monitoring.ServiceProvider.GetRequiredService<TimeProvider>());
        var type = new InventoryTypeEndpoints<MaintenanceWindow, MaintenanceWindowRequest, MaintenanceWindowDto, MaintenanceAdministration>("maintenance",
            (db, organizationId, id, ct) => new MaintenanceQueries(db, calendar, clock).FindAsync(organizationId, id, ct), w => w.Version);
        var group = type.Map(monitoring, "Monitoring: maintenance windows", Permissions.MonitoringWrite, Permissions.MonitoringRead);
        group.MapPost("/", (MaintenanceWindowRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.MonitoringWrite);
        group.MapPut("/{id:long}", (long id, MaintenanceWindowRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.MonitoringWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/{id:long}/occurrences", OccurrencesAsync).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/{id:long}/checks", CoveredChecksAsync).RequirePermission(Permissions.MonitoringRead);
    }

    private static async Task<Results<Ok<Page<MaintenanceWindowDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current,
        MaintenanceQueries queries, CancellationToken ct)
    {
        if (MaintenanceQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await queries.PageAsync(access.OrganizationId, query, ct));
    }

    /// <summary>The window's next stretches from now (the one in progress first), to check a cron expression does what was meant.</summary>
    private static async Task<Results<Ok<IReadOnlyList<MaintenanceOccurrenceDto>>, ValidationProblem, ProblemHttpResult>> OccurrencesAsync(long id, int? count,
        CurrentAccess current, WatchkeeperDb db, TimeProvider clock, CancellationToken ct)
    {
        if (count is < 1 or > MostOccurrences)
        {
            return Problems.Fields(new Dictionary<string, string[]> { ["count"] = [$"Ask for 1 to {MostOccurrences} occurrences."] });
        }
        if (await FindAsync(id, current, db, ct) is not { } window)
        {
            return Problems.NotFound("Maintenance window");
        }
        IReadOnlyList<MaintenanceOccurrenceDto> all = [.. MaintenanceSchedule.Of(window).From(clock.GetUtcNow(), count ?? 10).Select(o => new MaintenanceOccurrenceDto(o.Start, o.End))];
        return TypedResults.Ok(all);
    }

    private static async Task<Results<Ok<IReadOnlyList<NamedRef>>, ProblemHttpResult>> CoveredChecksAsync(long id, CurrentAccess current, WatchkeeperDb db,
        MaintenanceQueries queries, CancellationToken ct) =>
        await FindAsync(id, current, db, ct) is { } window ? TypedResults.Ok(await queries.CoveredAsync(window, ct)) : Problems.NotFound("Maintenance window");

    private static async Task<MaintenanceWindow?> FindAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await db.MaintenanceWindows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id && w.OrganizationId == access.OrganizationId, ct);
    }
}
