using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>
/// One value as a file cell and back. Export and import share it, so what is written is exactly
/// what is read: invariant numbers, ISO dates, enum names, and JSON for the rare structured field.
/// </summary>
public static class CellText
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        bool flag => flag ? "true" : "false",
        Enum choice => choice.ToString(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, Json),
    };

    /// <returns>The value, or null with <paramref name="problem"/> set when the text does not fit the type.</returns>
    public static object? Parse(string text, Type type, out string? problem)
    {
        problem = null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return text;
        }
        if (target.IsEnum)
        {
            if (Enum.TryParse(target, text, ignoreCase: true, out var choice) && !int.TryParse(text, out _))
            {
                return choice;
            }
            problem = $"'{text}' is not one of: {string.Join(", ", Enum.GetNames(target))}.";
            return null;
        }
        var value = ParseScalar(text, target);
        if (value is null)
        {
            problem = Expected(target, text);
        }
        return value;
    }

    private static object? ParseScalar(string text, Type target)
    {
        var invariant = CultureInfo.InvariantCulture;
        return target switch
        {
            _ when target == typeof(int) => int.TryParse(text, NumberStyles.Integer, invariant, out var i) ? i : null,
            _ when target == typeof(long) => long.TryParse(text, NumberStyles.Integer, invariant, out var l) ? l : null,
            _ when target == typeof(double) => double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d) ? d : null,
            _ when target == typeof(decimal) => decimal.TryParse(text, NumberStyles.Number, invariant, out var m) ? m : null,
            _ when target == typeof(bool) => ParseFlag(text),
            _ when target == typeof(DateOnly) => DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date) ? date : null,
            _ => ParseJson(text, target),
        };
    }

    private static object? ParseFlag(string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "1" => true,
        "FALSE" or "NO" or "0" => false,
        _ => null,
    };

    private static object? ParseJson(string text, Type target)
    {
        try
        {
            return JsonSerializer.Deserialize(text, target, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Expected(Type target, string text) => target switch
    {
        _ when target == typeof(int) || target == typeof(long) => $"'{text}' is not a whole number.",
        _ when target == typeof(double) || target == typeof(decimal) => $"'{text}' is not a number (use a dot for decimals).",
        _ when target == typeof(bool) => $"'{text}' is not true or false.",
        _ when target == typeof(DateOnly) => $"'{text}' is not a date like 2025-12-31.",
        _ => $"'{text}' is not valid JSON for this column.",
    };
}
