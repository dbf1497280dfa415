namespace Watchkeeper.Server.Platform;

public enum ErrorKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
    Stale,
}

/// <summary>
/// Why a platform operation refused, worded for people: the API turns it into problem details,
/// the pages show it as it is. Field errors carry the API's field names.
/// </summary>
public sealed record OperationError(ErrorKind Kind, string Title, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static OperationError Field(string field, string message) =>
        new(ErrorKind.Invalid, "Invalid", message, new Dictionary<string, string[]> { [field] = [message] });

    public static OperationError Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Invalid, "Invalid", string.Join(" ", fields.Values.SelectMany(v => v)), fields);

    public static OperationError NotFound(string what) =>
        new(ErrorKind.NotFound, $"{what} not found", $"No {what.ToLowerInvariant()} with that id exists in this organization.");

    public static OperationError Conflict(string message) => new(ErrorKind.Conflict, "Conflict", message);

    public static OperationError Forbidden(string message) => new(ErrorKind.Forbidden, "Permission denied", message);

    public static OperationError Stale { get; } = new(ErrorKind.Stale, "The object was changed by someone else",
        "The If-Match header does not match the current version. Fetch it again and reapply your change.");
}

/// <summary>A value, or the error that stopped the operation.</summary>
public readonly record struct Outcome<T>(T? Value, OperationError? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>The same outcome without its value, for callers that only need to know it worked.</summary>
    public Outcome<Done> AsDone() => Error is { } error ? error : Done.Value;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(OperationError error) => new(default, error);
}

/// <summary>The value of an operation that answers nothing but success.</summary>
public sealed record Done
{
    public static Done Value { get; } = new();

    private Done()
    {
    }
}
