using System.Text.RegularExpressions;

namespace Watchkeeper.Server.Inventory.Items;

/// <summary>Tags as stored: lower case, so filters, imports and service discovery match however people typed them.</summary>
public static partial class ItemTags
{
    public const int MaxPerItem = 30;

    public static IReadOnlyList<string> Normalize(IEnumerable<string>? tags) =>
        (tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <returns>Why the tags are refused, or null.</returns>
    public static string? Problem(IReadOnlyList<string> normalized)
    {
        if (normalized.Count > MaxPerItem)
        {
            return $"Use at most {MaxPerItem} tags.";
        }
        var bad = normalized.FirstOrDefault(t => !Valid().IsMatch(t));
        return bad is null ? null : $"'{bad}' is not a tag: use up to 50 letters, digits and - _ . : without spaces.";
    }

    public static void Apply(ConfigurationItem item, IReadOnlyList<string> normalized)
    {
        item.Tags.RemoveAll(t => !normalized.Contains(t.Name));
        foreach (var name in normalized.Where(n => item.Tags.All(t => t.Name != n)))
        {
            item.Tags.Add(new ItemTag { OrganizationId = item.OrganizationId, Name = name });
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_.:-]{0,49}$")]
    private static partial Regex Valid();
}
