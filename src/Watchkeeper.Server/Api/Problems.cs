using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Api;

/// <summary>Problem-details results with the messages users see, kept in one place so they read alike.</summary>
public static class Problems
{
    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Fields(IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors);

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found",
            detail: $"No {what.ToLowerInvariant()} with that id exists in this organization.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Permission denied", detail: detail);

    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The object was changed by someone else",
            detail: "The If-Match header does not match the current version. Fetch it again and reapply your change.");

    /// <summary>A shared operation's field errors, as the API's validation problem.</summary>
    public static ValidationProblem Fields(OperationError error) =>
        TypedResults.ValidationProblem(error.Fields?.ToDictionary() ?? new Dictionary<string, string[]> { [""] = [error.Message] });

    /// <summary>A shared operation's refusal, with the status code its kind means.</summary>
    public static ProblemHttpResult Of(OperationError error) =>
        TypedResults.Problem(statusCode: error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.Stale => StatusCodes.Status412PreconditionFailed,
            _ => StatusCodes.Status400BadRequest,
        }, title: error.Title, detail: error.Message);
}
