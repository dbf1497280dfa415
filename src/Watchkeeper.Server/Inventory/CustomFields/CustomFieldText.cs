using System.Globalization;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.CustomFields;

/// <summary>Turns what people type into a field's one stored form, so equal values compare equal in filters.</summary>
public static class CustomFieldText
{
    public const int MaxLength = 1000;

    /// <returns>The stored form, or null with <paramref name="problem"/> saying what is wrong.</returns>
    public static string? Canonical(CustomField field, string text, out string? problem)
    {
        problem = null;
        var value = text.Trim();
        switch (field.Kind)
        {
            case CustomFieldKind.Number when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return number.ToString("G29", CultureInfo.InvariantCulture);
            case CustomFieldKind.Number:
                problem = $"'{value}' is not a number: write it like 42 or 12.5.";
                return null;
            case CustomFieldKind.Date when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case CustomFieldKind.Date:
                problem = $"'{value}' is not a date: write it as yyyy-MM-dd, like 2026-03-31.";
                return null;
            case CustomFieldKind.Boolean when bool.TryParse(value, out var flag):
                return flag ? "true" : "false";
            case CustomFieldKind.Boolean:
                problem = $"'{value}' is not true or false.";
                return null;
            case CustomFieldKind.Choice:
                var choice = field.Choices.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
                problem = choice is null ? $"'{value}' is not one of: {string.Join(", ", field.Choices)}." : null;
                return choice;
            case CustomFieldKind.Url when !WebAddress.IsValid(value):
                problem = $"'{value}' is not a web address: use http:// or https:// and a host name.";
                return null;
            default:
                problem = value.Length > MaxLength ? $"Use at most {MaxLength} characters." : null;
                return problem is null ? value : null;
        }
    }
}
