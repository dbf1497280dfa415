using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A named way to look at a list page: its filters, visible columns and sort.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Page">The list page it belongs to, such as <c>devices</c>.</param>
/// <param name="Name">Name, unique per owner and page.</param>
/// <param name="Query">The page's filters as a URL query string, without the leading '?'.</param>
/// <param name="Columns">The visible columns in order; empty shows the page's default columns.</param>
/// <param name="Sort">The sort, such as <c>name</c> or <c>-name</c>, when the page offers one.</param>
/// <param name="Shared">Visible to everyone in the organization, not only to its owner.</param>
/// <param name="Default">Opens when the owner comes to the page without filters of their own.</param>
/// <param name="Owner">The user who saved it.</param>
/// <param name="Mine">Whether the caller owns it (and may change it).</param>
/// <param name="CreatedAt">When it was saved first.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record SavedViewDto(
    long Id, string Page, string Name, string Query, IReadOnlyList<string> Columns, string? Sort, bool Shared, bool Default,
    UserRef Owner, bool Mine, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

/// <summary>Saves a view, or replaces all of a view's fields.</summary>
/// <param name="Page">The list page, such as <c>devices</c>.</param>
/// <param name="Name">Name, unique per owner and page.</param>
/// <param name="Query">The page's filters as a URL query string.</param>
/// <param name="Columns">The visible columns in order.</param>
/// <param name="Sort">The sort, when the page offers one.</param>
/// <param name="Shared">Share it with the organization (needs inventory.write).</param>
/// <param name="Default">Open it when coming to the page without filters.</param>
public sealed record SavedViewRequest(
    [property: Required, StringLength(50, MinimumLength = 1)] string Page,
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: StringLength(2000)] string? Query = null,
    IReadOnlyList<string>? Columns = null,
    [property: StringLength(100)] string? Sort = null,
    bool Shared = false,
    bool Default = false);
