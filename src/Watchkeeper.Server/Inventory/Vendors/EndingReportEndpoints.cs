using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Vendors;

public static class EndingReportEndpoints
{
    public static void MapEndingReport(this IEndpointRouteBuilder inventory)
    {
        inventory.MapGet("/reports/ending", GetAsync).WithTags("Inventory: reports").RequirePermission(Permissions.InventoryRead);
        inventory.MapGet("/reports/ending.csv", CsvAsync).WithTags("Inventory: reports").RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> CsvAsync(
        CurrentAccess current, WatchkeeperDb db, TimeProvider clock, CancellationToken ct, int days = EndingReport.DefaultDays)
    {
        var report = await GetAsync(current, db, clock, ct, days);
        return report.Result switch
        {
            Ok<EndingReportDto> ok => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(EndingReportCsv.Write(ok.Value!)), "text/csv",
                $"ending-{ok.Value!.Today:yyyy-MM-dd}-{days}d.csv"),
            var problem => (ValidationProblem)problem,
        };
    }

    private static async Task<Results<Ok<EndingReportDto>, ValidationProblem>> GetAsync(
        CurrentAccess current, WatchkeeperDb db, TimeProvider clock, CancellationToken ct, int days = EndingReport.DefaultDays)
    {
        if (days is < 1 or > EndingReport.MaxDays)
        {
            return Problems.Field("days", $"Give a number of days from 1 to {EndingReport.MaxDays}.");
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await EndingReport.BuildAsync(db, access.OrganizationId, EndingReport.Today(clock), days, ct));
    }
}
