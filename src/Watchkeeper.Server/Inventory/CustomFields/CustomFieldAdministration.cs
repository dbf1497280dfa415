using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.CustomFields;

/// <summary>Custom field definitions: the rules shared by the API and the pages.</summary>
public sealed partial class CustomFieldAdministration(WatchkeeperDb db) : InventoryAdministration<CustomField, CustomFieldRequest>(db)
{
    public override string Noun => "Custom field";

    protected override CustomField New(long organizationId) => new() { OrganizationId = organizationId, Key = "", Label = "" };

    protected override async Task<OperationError?> ApplyAsync(CustomField field, CustomFieldRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var key = request.Key.Trim().ToLowerInvariant();
        if (!Slug().IsMatch(key))
        {
            errors.Add("key", $"'{key}' is not a key: use lower-case letters, digits and inner hyphens, like support-level.");
        }
        else if (await Db.CustomFields.AnyAsync(f => f.OrganizationId == field.OrganizationId && f.ItemKind == request.ItemKind && f.Key == key && f.Id != field.Id, ct))
        {
            errors.Add("key", $"{request.ItemKind} items already have a field '{key}'.");
        }
        var choices = (request.Choices ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (request.Kind == CustomFieldKind.Choice && choices.Count == 0)
        {
            errors.Add("choices", "A choice field needs at least one allowed value.");
        }
        if (field.Id != 0 && (field.ItemKind != request.ItemKind || field.Kind != request.Kind)
            && await Db.CustomFieldValues.AnyAsync(v => v.FieldId == field.Id, ct))
        {
            errors.Add("kind", "Items already have values for this field, so its item kind and value kind stay as they are.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        field.ItemKind = request.ItemKind;
        field.Key = key;
        field.Label = request.Label.Trim();
        field.Kind = request.Kind;
        field.Required = request.Required;
        field.HelpText = InventoryText.Optional(request.HelpText);
        field.Choices = request.Kind == CustomFieldKind.Choice ? choices : [];
        return null;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$")]
    private static partial Regex Slug();
}
