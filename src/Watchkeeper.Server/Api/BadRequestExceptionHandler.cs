using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Api;

/// <summary>
/// Malformed or oversized bodies, wrong JSON types and unknown enum values become 400/413
/// problem details naming the offending field, a lost concurrency race a 412 and a lost race
/// for a unique key a 409 — never a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = "The request body is larger than the server accepts.",
            },
            BadHttpRequestException bad when BindingFailure.Match(bad.Message) is { Success: true } binding => BindingProblem(binding),
            BadHttpRequestException bad => FromBadRequest(bad),
            JsonException json => FromJson(json),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "The object was changed by someone else",
                Detail = "Fetch it again and reapply your change.",
            },
            _ when UniqueViolation.Is(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "An object with the same name or key was just created",
                Detail = "Someone else created it at the same moment. Fetch the list again; change the name or update the existing object.",
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    // Minimal APIs say: Failed to bind parameter "Nullable<int> Limit" from "ten". / Required parameter "long id" was not provided …
    private static readonly Regex BindingFailure = new("^(Failed to bind|Required) parameter \"(?<type>[^\"]+) (?<name>\\w+)\"( from \"(?<value>[^\"]*)\")?", RegexOptions.Compiled);

    private static ValidationProblemDetails BindingProblem(Match binding)
    {
        // An optional parameter's type reads "Nullable<int>": the message is about the int.
        var written = binding.Groups["type"].Value;
        var type = written.StartsWith("Nullable<", StringComparison.Ordinal) ? written["Nullable<".Length..^1] : written.TrimEnd('?');
        var message = type switch
        {
            "int" or "long" => "Use a whole number.",
            "bool" => "Use true or false.",
            "DateTimeOffset" => "Use an ISO 8601 date and time, e.g. 2026-01-31T12:00:00Z.",
            "DateOnly" => "Use a date like 2026-01-31.",
            _ when binding.Groups[1].Value == "Required" => "This value is required.",
            // A list filter such as status=Retired: the same words as the export's filter and an import's cell.
            _ when ContractEnum(type) is { } choices => $"'{binding.Groups["value"].Value}' is not one of: {string.Join(", ", Enum.GetNames(choices))}.",
            _ => "The value has the wrong type or format.",
        };
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [JsonNamingPolicy.CamelCase.ConvertName(binding.Groups["name"].Value)] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "A request parameter is not valid",
        };
    }

    // Query filters such as ?kind= bind to the API's enums, which the message names only by their short name.
    private static Type? ContractEnum(string name) =>
        typeof(Watchkeeper.Contracts.Page<>).Assembly.GetExportedTypes().FirstOrDefault(t => t.IsEnum && t.Name == name);

    private static ProblemDetails FromBadRequest(BadHttpRequestException bad) =>
        bad.InnerException is JsonException json
            ? FromJson(json)
            : new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message };

    private static ValidationProblemDetails FromJson(JsonException json)
    {
        var field = JsonPathToField(json.Path);
        var message = field == "$" || json.Message.Contains("missing required properties", StringComparison.Ordinal)
            ? json.Message.Split(" Path:", 2)[0]
            : DescribeWrongValue(json.Message, field);
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this operation",
        };
    }

    /// <summary>"The JSON value could not be converted to X" names a C# type; say what the field accepts instead.</summary>
    private static string DescribeWrongValue(string message, string field)
    {
        var typeName = message.Split("converted to ", 2).ElementAtOrDefault(1)?.Split(' ')[0].TrimEnd('.');
        var type = typeName is null ? null : Type.GetType(typeName) ?? typeof(Watchkeeper.Contracts.Page<>).Assembly.GetType(typeName);
        // A record bound through its constructor is named instead of the field: look the field up on it.
        var property = type?.GetProperty(field.Split('.', '[')[^1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        type = property?.PropertyType ?? type;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            { IsEnum: true } => $"Use one of: {string.Join(", ", Enum.GetNames(type))}.",
            _ when type == typeof(long) || type == typeof(int) => "Use a whole number.",
            _ when type == typeof(bool) => "Use true or false.",
            _ when type == typeof(DateTimeOffset) => "Use an ISO 8601 date and time, e.g. 2026-01-31T12:00:00Z.",
            _ when type == typeof(string) => "Use a string.",
            _ => "The value has the wrong type or format for this field.",
        };
    }

    /// <summary><c>$.members[2].id</c> becomes <c>members[2].id</c>; the root stays <c>$</c>.</summary>
    public static string JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
