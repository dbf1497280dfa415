using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.CustomFields;

/// <summary>Checks, stores and reads the custom field values of configuration items, for every kind alike.</summary>
public static class CustomFieldValues
{
    /// <summary>
    /// Checks the given values against the kind's fields; errors go under <c>customFields.key</c>.
    /// </summary>
    /// <returns>The stored form of each value by field id (empty values left out).</returns>
    public static async Task<Dictionary<long, string>> CheckAsync(
        WatchkeeperDb db, long organizationId, CiKind kind, IReadOnlyDictionary<string, string?>? given, FieldErrors errors, CancellationToken ct) =>
        Check(await FieldsAsync(db, organizationId, kind, ct), kind, given, errors);

    /// <summary>The fields items of the kind have in the organization.</summary>
    public static async Task<IReadOnlyList<CustomField>> FieldsAsync(WatchkeeperDb db, long organizationId, CiKind kind, CancellationToken ct) =>
        await db.CustomFields.AsNoTracking().Where(f => f.OrganizationId == organizationId && f.ItemKind == kind).ToListAsync(ct);

    /// <summary>As <see cref="CheckAsync"/>, against fields already read.</summary>
    public static Dictionary<long, string> Check(IReadOnlyList<CustomField> fields, CiKind kind, IReadOnlyDictionary<string, string?>? given, FieldErrors errors)
    {
        var values = new Dictionary<long, string>();
        var refused = new HashSet<long>();
        foreach (var (key, text) in given ?? new Dictionary<string, string?>())
        {
            var field = fields.FirstOrDefault(f => f.Key == key.Trim().ToLowerInvariant());
            if (field is null)
            {
                errors.Add("customFields." + key, $"There is no custom field '{key}' for {kind} items.");
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                var canonical = CustomFieldText.Canonical(field, text, out var problem);
                if (canonical is null)
                {
                    refused.Add(field.Id);
                    errors.Add("customFields." + field.Key, problem!);
                }
                else
                {
                    values[field.Id] = canonical;
                }
            }
        }
        foreach (var missing in fields.Where(f => f.Required && !values.ContainsKey(f.Id) && !refused.Contains(f.Id)))
        {
            errors.Add("customFields." + missing.Key, $"{missing.Label} is required.");
        }
        return values;
    }

    /// <summary>Replaces the item's values with <paramref name="values"/>; the item's values must be loaded.</summary>
    public static void Apply(ConfigurationItem item, IReadOnlyDictionary<long, string> values)
    {
        item.CustomFieldValues.RemoveAll(v => !values.ContainsKey(v.FieldId));
        foreach (var (fieldId, value) in values)
        {
            if (item.CustomFieldValues.FirstOrDefault(v => v.FieldId == fieldId) is { } existing)
            {
                existing.Value = value;
            }
            else
            {
                item.CustomFieldValues.Add(new CustomFieldValue { FieldId = fieldId, OrganizationId = item.OrganizationId, Value = value });
            }
        }
    }

    /// <summary>The values of many items at once, by item id and then by field key: one query for a whole page.</summary>
    public static async Task<Dictionary<long, Dictionary<string, string>>> OfItemsAsync(WatchkeeperDb db, IReadOnlyCollection<long> itemIds, CancellationToken ct)
    {
        var rows = await db.CustomFieldValues.AsNoTracking().Where(v => itemIds.Contains(v.ItemId))
            .Select(v => new { v.ItemId, v.Field.Key, v.Value }).ToListAsync(ct);
        return rows.GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal));
    }
}
