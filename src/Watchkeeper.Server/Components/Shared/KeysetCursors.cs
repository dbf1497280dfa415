namespace Watchkeeper.Server.Components.Shared;

/// <summary>
/// Where a keyset-paged list stands: the cursor of each page visited so far (the first page has
/// none) and the cursor of the next page, as the last load returned it.
/// </summary>
public sealed class KeysetCursors
{
    private readonly List<string?> visited = [null];
    private string? next;

    /// <summary>The cursor to load the current page with.</summary>
    public string? Current => visited[^1];

    public int Number => visited.Count;

    public bool HasNext => next is not null;

    /// <summary>Remembers what the page just loaded said about the next one.</summary>
    public void Loaded(string? nextCursor) => next = nextCursor;

    public void Next()
    {
        if (next is not null)
        {
            visited.Add(next);
        }
    }

    public void Previous()
    {
        if (visited.Count > 1)
        {
            visited.RemoveAt(visited.Count - 1);
        }
    }

    /// <summary>Back to the first page, e.g. after the filters changed.</summary>
    public void First()
    {
        visited.RemoveRange(1, visited.Count - 1);
        next = null;
    }
}
