using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.CustomFields;

/// <summary>The <c>cf.key=value</c> conditions of a list request, resolved to field ids and stored values.</summary>
public static class CustomFieldConditions
{
    public const string Prefix = "cf.";

    /// <returns>Field id → stored value for each condition; problems go under <c>cf.key</c>.</returns>
    public static async Task<Dictionary<long, string>> ParseAsync(
        WatchkeeperDb db, long organizationId, CiKind kind, IQueryCollection query, FieldErrors errors, CancellationToken ct)
    {
        var conditions = new Dictionary<long, string>();
        var given = query.Where(q => q.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)).ToList();
        if (given.Count == 0)
        {
            return conditions;
        }
        var fields = await db.CustomFields.AsNoTracking().Where(f => f.OrganizationId == organizationId && f.ItemKind == kind).ToListAsync(ct);
        foreach (var (name, value) in given)
        {
            var key = name[Prefix.Length..].ToLowerInvariant();
            var field = fields.FirstOrDefault(f => f.Key == key);
            if (field is null)
            {
                errors.Add(name, $"There is no custom field '{key}' for {kind} items.");
                continue;
            }
            if (CustomFieldText.Canonical(field, value.ToString(), out var problem) is { } canonical)
            {
                conditions[field.Id] = canonical;
            }
            else
            {
                errors.Add(name, problem!);
            }
        }
        return conditions;
    }
}
