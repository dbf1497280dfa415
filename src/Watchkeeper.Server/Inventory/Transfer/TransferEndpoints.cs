using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Transfer;

public static class TransferEndpoints
{
    public static void MapInventoryTransfer(this IEndpointRouteBuilder inventory)
    {
        var limit = inventory.ServiceProvider.GetRequiredService<IOptions<TransferOptions>>().Value.MaxFileBytes;
        inventory.MapPost("/imports", ImportAsync).RequirePermission(Permissions.InventoryImport)
            .WithMetadata(new FileSizeLimit(limit)).WithTags("Inventory: import and export");
        inventory.MapGet("/export/{type}", ExportAsync).RequirePermission(Permissions.InventoryRead).WithTags("Inventory: import and export");
    }

    /// <summary>
    /// Imports a file (the body, or the <c>file</c> part of a form) into one type. A 200 means the
    /// changes are committed, or the dry run finished; rows with errors roll the import back (422 with
    /// the result) unless <c>partial</c> is set.
    /// </summary>
    private static async Task<Results<Ok<ImportResultDto>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        string type, string? format, bool? dryRun, bool? partial, HttpContext http, CurrentAccess current, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var transfer = FindType(type, errors);
        var fileFormat = TransferFormat.Parse(format, errors);
        if (errors.ToError() is { } invalid)
        {
            return Problems.Fields(invalid);
        }
        var access = await current.RequireAsync(ct);
        if (await FileAsync(http.Request, ct) is not { } file)
        {
            return Problems.Field("file", "Send the file as the form's 'file' part.");
        }
        var prepared = await PreparedImport.PrepareAsync(http.RequestServices, access.OrganizationId, transfer!, fileFormat!, file, ct);
        if (prepared.Error is { } refused)
        {
            return Problems.Fields(refused);
        }
        var result = await prepared.Value!.RunAsync(access, new ImportOptions(dryRun ?? false, partial ?? false), null, ct);
        return result.Committed || result.DryRun ? TypedResults.Ok(result) : RolledBack(result);
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem>> ExportAsync(string type, string? format, HttpContext http, CurrentAccess current, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var transfer = FindType(type, errors);
        var fileFormat = TransferFormat.Parse(format, errors);
        if (errors.ToError() is { } invalid)
        {
            return Problems.Fields(invalid);
        }
        var access = await current.RequireAsync(ct);
        var session = await transfer!.OpenAsync(http.RequestServices, access.OrganizationId, ct);
        var rows = await session.ExportAsync(http.Request, errors, ct);
        if (rows is null)
        {
            return Problems.Fields(errors.ToError()!);
        }
        return TypedResults.Stream(stream => fileFormat == TransferFormat.Json
                ? JsonTable.WriteAsync(stream, rows, ct)
                : CsvTable.WriteAsync(stream, session.Columns, rows, ct),
            TransferFormat.ContentType(fileFormat!), $"{transfer.Name}.{fileFormat}");
    }

    private static ITransferType? FindType(string type, FieldErrors errors)
    {
        var found = TransferTypes.Find(type);
        if (found is null)
        {
            errors.Add("type", $"'{type}' is not an inventory type that imports; use one of: {TransferTypes.Names}.");
        }
        return found;
    }

    private static async Task<Stream?> FileAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return request.Body;
        }
        var form = await request.ReadFormAsync(ct);
        return form.Files.GetFile("file")?.OpenReadStream();
    }

    private static ProblemHttpResult RolledBack(ImportResultDto result) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The import has row errors; nothing was written.",
            detail: $"{result.Failed} of {result.Total} row(s) have errors. Fix them, or import with partial to write the good rows.",
            extensions: new Dictionary<string, object?> { ["result"] = result });
}
