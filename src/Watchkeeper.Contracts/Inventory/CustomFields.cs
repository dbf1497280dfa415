using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A field an administrator added to one kind of configuration item.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="ItemKind">The kind of item that has the field.</param>
/// <param name="Key">Slug used in the API (<c>customFields.key</c>) and in filters (<c>cf.key=value</c>); unique per kind.</param>
/// <param name="Label">What forms show.</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="Required">Every item of the kind written from now on must have a value.</param>
/// <param name="HelpText">Explains the field in forms.</param>
/// <param name="Choices">Allowed values of a choice field.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record CustomFieldDto(
    long Id, CiKind ItemKind, string Key, string Label, CustomFieldKind Kind, bool Required, string? HelpText,
    IReadOnlyList<string> Choices, int Version)
{
    /// <summary>The request that would write this field as it is.</summary>
    public CustomFieldRequest ToRequest() => new(ItemKind, Key, Label, Kind, Required, HelpText, Choices);
}

/// <summary>Defines a custom field, or replaces its definition (<c>PUT</c>).</summary>
/// <param name="ItemKind">The kind of item that gets the field.</param>
/// <param name="Key">Lower-case slug: letters, digits and inner hyphens, up to 50 characters.</param>
/// <param name="Label">What forms show.</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="Required">Items of the kind must have a value.</param>
/// <param name="HelpText">Explains the field in forms.</param>
/// <param name="Choices">Allowed values; a choice field needs at least one.</param>
public sealed record CustomFieldRequest(
    CiKind ItemKind,
    [property: Required, StringLength(50, MinimumLength = 1)] string Key,
    [property: Required, StringLength(100, MinimumLength = 1)] string Label,
    CustomFieldKind Kind = CustomFieldKind.Text,
    bool Required = false,
    [property: StringLength(500)] string? HelpText = null,
    IReadOnlyList<string>? Choices = null);

/// <summary>Filter of the custom field list.</summary>
/// <param name="ItemKind">Only the fields of this kind of item.</param>
public sealed record CustomFieldFilter(CiKind? ItemKind = null);
