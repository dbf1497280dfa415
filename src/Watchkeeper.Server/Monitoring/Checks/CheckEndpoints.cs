using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Monitoring.Running;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Monitoring.Checks;

public static class CheckEndpoints
{
    private static readonly Keyset<CheckResult> ResultPaging = new Keyset<CheckResult>(r => r.Id, "-at").Sortable("at", r => r.At);
    private static readonly Keyset<CheckStateChange> ChangePaging = new Keyset<CheckStateChange>(c => c.Id, "-at").Sortable("at", c => c.At);

    public static void MapChecks(this IEndpointRouteBuilder monitoring)
    {
        var type = new InventoryTypeEndpoints<Check, CheckRequest, CheckDto, CheckAdministration>("checks", CheckQueries.FindAsync, c => c.Version);
        var group = type.Map(monitoring, "Monitoring: checks", Permissions.MonitoringWrite, Permissions.MonitoringRead);
        group.MapPost("/", (CheckRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.MonitoringWrite);
        group.MapPut("/{id:long}", (long id, CheckRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.MonitoringWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/{id:long}/results", ResultsAsync).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/{id:long}/changes", ChangesAsync).RequirePermission(Permissions.MonitoringRead);
        group.MapPost("/test", TestAsync).RequirePermission(Permissions.MonitoringWrite);
    }

    private static async Task<Results<Ok<Page<CheckDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CheckState? state, CheckKind? kind, long? itemId,
        CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (CheckQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var page = await CheckQueries.Paging.PageAsync(CheckQueries.Filter(db, access.OrganizationId, state, kind, itemId, query.Q), query, CheckQueries.Row(db), ct);
        return TypedResults.Ok(new Page<CheckDto>([.. page.Items.Select(CheckQueries.ToDto)], page.NextCursor));
    }

    private static Task<Results<Ok<Page<CheckResultDto>>, ValidationProblem, ProblemHttpResult>> ResultsAsync(long id, [AsParameters] ListQuery query,
        CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        HistoryAsync(id, query, ResultPaging, db.CheckResults.AsNoTracking().Where(r => r.CheckId == id), CheckQueries.ToDto, current, db, ct);

    private static Task<Results<Ok<Page<CheckStateChangeDto>>, ValidationProblem, ProblemHttpResult>> ChangesAsync(long id, [AsParameters] ListQuery query,
        CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        HistoryAsync(id, query, ChangePaging, db.CheckStateChanges.AsNoTracking().Where(c => c.CheckId == id),
            CheckQueries.ToDto, current, db, ct);

    /// <summary>A page of a check's own rows, newest first, once the check is known to be the caller's organization's.</summary>
    private static async Task<Results<Ok<Page<TDto>>, ValidationProblem, ProblemHttpResult>> HistoryAsync<TRow, TDto>(long id, ListQuery query, Keyset<TRow> paging,
        IQueryable<TRow> rows, Func<TRow, TDto> toDto, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        if (!await db.Checks.AnyAsync(c => c.Id == id && c.OrganizationId == access.OrganizationId, ct))
        {
            return Problems.NotFound("Check");
        }
        var page = await paging.PageAsync(rows, query, r => r, ct);
        return TypedResults.Ok(new Page<TDto>([.. page.Items.Select(toDto)], page.NextCursor));
    }

    /// <summary>"Test now": runs the check as given, once, without saving it or its result.</summary>
    private static async Task<Results<Ok<CheckTestDto>, ValidationProblem>> TestAsync(CheckRequest request, CheckTester tester, CurrentAccess current, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var outcome = await tester.TestAsync(access, request, ct);
        return outcome.Error is { } error ? Problems.Fields(error) : TypedResults.Ok(outcome.Value!);
    }
}
