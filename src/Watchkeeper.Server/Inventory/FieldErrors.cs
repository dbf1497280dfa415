using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory;

/// <summary>Collects every broken rule of one request, so the caller learns them all at once rather than one per try.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public void AddRange(IReadOnlyDictionary<string, string[]> more)
    {
        foreach (var (field, messages) in more)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    public OperationError? ToError() => Any ? OperationError.Invalid(errors) : null;
}
