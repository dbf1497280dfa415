using System.Text.Json;

namespace Watchkeeper.Contracts.Client;

/// <summary>An RFC 9457 problem details answer, as the API sends for every error.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Title">Short summary of the problem.</param>
/// <param name="Detail">Explanation specific to this occurrence, if any.</param>
/// <param name="Errors">Validation messages keyed by JSON field name (e.g. <c>email</c>); empty when none.</param>
/// <param name="TraceId">Server trace identifier to quote when reporting a problem.</param>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors, string? TraceId)
{
    /// <summary>Reads a problem details body; falls back to the status line when the body is not one.</summary>
    /// <param name="status">The response status code.</param>
    /// <param name="reason">The response reason phrase.</param>
    /// <param name="body">The response body, possibly empty or not JSON.</param>
    public static ApiProblem Parse(int status, string? reason, string? body)
    {
        var fallbackTitle = string.IsNullOrWhiteSpace(reason) ? $"HTTP {status}" : reason;
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ApiProblem(status, fallbackTitle, null, new Dictionary<string, string[]>(), null);
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ApiProblem(status, fallbackTitle, body, new Dictionary<string, string[]>(), null);
            }
            return new ApiProblem(status, Text(root, "title") ?? fallbackTitle, Text(root, "detail"), FieldErrors(root), Text(root, "traceId"));
        }
        catch (JsonException)
        {
            // A proxy's HTML error page, say: the text is still the best explanation there is.
            return new ApiProblem(status, fallbackTitle, body.Length > 500 ? body[..500] : body, new Dictionary<string, string[]>(), null);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string[]> FieldErrors(JsonElement root)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!root.TryGetProperty("errors", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            return errors;
        }
        foreach (var field in element.EnumerateObject())
        {
            errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                ? field.Value.EnumerateArray().Select(m => m.ToString()).ToArray()
                : [field.Value.ToString()];
        }
        return errors;
    }
}
