using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// The small part of JSONPath a health assertion needs: member names and array indexes from the root,
/// <c>$.status</c>, <c>$.checks[0].state</c>, <c>$['odd name']</c>. Filters and wildcards are not needed to say
/// "this field has this value", so they are refused when the check is saved.
/// </summary>
public static partial class JsonPathValue
{
    /// <returns>The steps of the path, or null when it is not in the supported form.</returns>
    public static IReadOnlyList<object>? Parse(string path)
    {
        var text = path.Trim();
        if (!text.StartsWith('$'))
        {
            text = "$." + text;
        }
        var steps = new List<object>();
        var at = 1;
        while (at < text.Length)
        {
            var match = Step().Match(text, at);
            if (!match.Success || match.Index != at)
            {
                return null;
            }
            steps.Add(match.Groups["name"].Success ? match.Groups["name"].Value
                : match.Groups["quoted"].Success ? match.Groups["quoted"].Value
                : int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture));
            at += match.Length;
        }
        return steps;
    }

    /// <returns>The value at the path as text (strings unquoted, other values as JSON), or null when nothing is there.</returns>
    public static string? Find(JsonElement root, IReadOnlyList<object> steps)
    {
        var current = root;
        foreach (var step in steps)
        {
            var found = step switch
            {
                string name when current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var member) => member,
                int index when current.ValueKind == JsonValueKind.Array && index < current.GetArrayLength() => current[index],
                _ => (JsonElement?)null,
            };
            if (found is not { } next)
            {
                return null;
            }
            current = next;
        }
        return current.ValueKind == JsonValueKind.String ? current.GetString() : current.GetRawText();
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_\-]*)|\[(?<index>\d{1,6})\]|\['(?<quoted>[^']*)'\]")]
    private static partial Regex Step();
}
