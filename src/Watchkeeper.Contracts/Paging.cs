namespace Watchkeeper.Contracts;

/// <summary>
/// One page of a list. Every list endpoint answers with this shape: pass
/// <see cref="NextCursor"/> back as <c>cursor</c> to get the following page; it is null on the last page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page, in the requested order.</param>
/// <param name="NextCursor">Opaque cursor for the next page, or null when there is none.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>The common query of every list endpoint: <c>?limit=&amp;cursor=&amp;sort=&amp;q=</c>.</summary>
/// <param name="Limit">Page size, 1–500 (default 50).</param>
/// <param name="Cursor">The <c>nextCursor</c> of the previous page.</param>
/// <param name="Sort">A sortable field name; prefix with <c>-</c> for descending.</param>
/// <param name="Q">Free-text filter.</param>
public sealed record ListQuery(int? Limit = null, string? Cursor = null, string? Sort = null, string? Q = null)
{
    /// <summary>Renders the query as a URL query string, starting with <c>?</c> or empty.</summary>
    public string ToQueryString(params (string Name, string? Value)[] extra)
    {
        var parts = new List<(string, string?)>
        {
            ("limit", Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("cursor", Cursor),
            ("sort", Sort),
            ("q", Q),
        };
        parts.AddRange(extra);
        var rendered = parts
            .Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}");
        var query = string.Join('&', rendered);
        return query.Length == 0 ? "" : "?" + query;
    }
}
